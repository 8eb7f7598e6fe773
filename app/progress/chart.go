package progress

import (
	"fmt"

	"mend/app/markup"
)

// Chart geometry, in SVG user units. The chart scales with CSS; these only
// fix its proportions.
const (
	chartSlot   = 40  // horizontal room per week
	chartBar    = 26  // bar width
	chartLeft   = 40  // room for the percentage labels
	chartTop    = 10  // room above the 100% line
	chartPlot   = 120 // height of 0% to 100%
	chartBottom = 24  // room for the week labels
	chartRight  = 8
)

// ChartSVG draws weeks as an accessible SVG bar chart of weekly consistency.
// Each week's bar is stacked from the baseline: kept (class "chart-bar"),
// then missed ("chart-missed"), then not yet recorded ("chart-unrecorded"),
// each as its share of the check-ins due; a week with nothing due shows a
// flat marker ("chart-none"). Lines have class "chart-axis" and text
// "chart-label". There are no style attributes, so a Content-Security-Policy
// without 'unsafe-inline' styles can show it; colours come from the page's CSS.
//
// The result holds only numbers and dates, never anything the user wrote, so
// it is safe to insert as markup.
func ChartSVG(weeks []Week) string {
	width := chartLeft + chartSlot*max(len(weeks), 1) + chartRight
	height := chartTop + chartPlot + chartBottom
	base := float64(chartTop + chartPlot)
	summary := markup.Escape(ChartSummary(weeks))

	var b []byte // appended with fmt.Appendf: a strings.Builder passed to fmt.Fprintf keeps all its methods linked
	b = fmt.Appendf(b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="%s" viewBox="0 0 %d %d" width="%d" height="%d">`,
		summary, width, height, width, height)
	b = fmt.Appendf(b, `<title>Weekly consistency</title><desc>%s</desc>`, summary)

	b = append(b, `<g class="chart-axis">`...)
	for _, pct := range []int{0, 50, 100} {
		y := base - float64(chartPlot*pct)/100
		b = fmt.Appendf(b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f"/>`, chartLeft, y, width-chartRight, y)
	}
	b = append(b, `</g>`...)
	for _, pct := range []int{0, 50, 100} {
		y := base - float64(chartPlot*pct)/100
		b = fmt.Appendf(b, `<text class="chart-label" x="%d" y="%.1f" text-anchor="end" dominant-baseline="middle">%d%%</text>`, chartLeft-6, y, pct)
	}

	for i, w := range weeks {
		x := chartLeft + chartSlot*i + (chartSlot-chartBar)/2
		label := w.Start.Format("2 Jan")
		b = append(b, `<g class="chart-week">`...)
		if w.Due == 0 {
			b = fmt.Appendf(b, `<title>Week of %s: nothing was due</title>`, label)
			b = fmt.Appendf(b, `<rect class="chart-none" x="%d" y="%.1f" width="%d" height="2"/>`, x, base-2, chartBar)
		} else {
			b = fmt.Appendf(b, `<title>Week of %s: kept %d of %d (%d%%)</title>`, label, w.Kept, w.Due, percent(w.Kept, w.Due))
			// Each segment runs between cumulative shares, so rounding
			// never leaves a gap or an overlap between them.
			from := 0
			for _, seg := range []struct {
				class string
				n     int
			}{{"chart-bar", w.Kept}, {"chart-missed", w.Missed}, {"chart-unrecorded", w.Unrecorded}} {
				if seg.n == 0 {
					continue
				}
				y0 := base - float64(chartPlot*from)/float64(w.Due)
				y1 := base - float64(chartPlot*(from+seg.n))/float64(w.Due)
				b = fmt.Appendf(b, `<rect class="%s" x="%d" y="%.1f" width="%d" height="%.1f"/>`, seg.class, x, y1, chartBar, y0-y1)
				from += seg.n
			}
		}
		b = fmt.Appendf(b, `<text class="chart-label" x="%d" y="%d" text-anchor="middle">%s</text>`,
			x+chartBar/2, chartTop+chartPlot+chartBottom-6, label)
		b = append(b, `</g>`...)
	}
	b = append(b, `</svg>`...)
	return string(b)
}

// ChartSummary is the chart in words, for screen readers and for anyone who
// prefers text, such as "Last 8 weeks: kept 23 of 28 check-ins (82%),
// missed 3, 2 not recorded; best week 100%." Percentages are rounded down so
// they never claim more than was done.
func ChartSummary(weeks []Week) string {
	if len(weeks) == 0 {
		return "No weeks to show yet."
	}
	span := fmt.Sprintf("Last %d weeks", len(weeks))
	if len(weeks) == 1 {
		span = "This week"
	}
	var due, kept, missed, unrecorded, weeksWithDue, best int
	for _, w := range weeks {
		due += w.Due
		kept += w.Kept
		missed += w.Missed
		unrecorded += w.Unrecorded
		if w.Due > 0 {
			weeksWithDue++
			best = max(best, percent(w.Kept, w.Due))
		}
	}
	if due == 0 {
		return span + ": no check-ins were due."
	}
	noun := "check-ins"
	if due == 1 {
		noun = "check-in"
	}
	s := fmt.Sprintf("%s: kept %d of %d %s (%d%%)", span, kept, due, noun, percent(kept, due))
	if missed > 0 {
		s += fmt.Sprintf(", missed %d", missed)
	}
	if unrecorded > 0 {
		s += fmt.Sprintf(", %d not recorded", unrecorded)
	}
	if weeksWithDue > 1 {
		s += fmt.Sprintf("; best week %d%%", best)
	}
	return s + "."
}

// percent is n out of total as a whole percentage, rounded down.
func percent(n, total int) int {
	return n * 100 / total
}
