package progress

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"
)

func weeksOf(counts ...[3]int) []Week {
	var out []Week
	for i, c := range counts {
		w := Week{Start: day("2026-01-05").AddDate(0, 0, 7*i), Kept: c[0], Missed: c[1], Unrecorded: c[2]}
		w.Due = c[0] + c[1] + c[2]
		if w.Due > 0 {
			w.Ratio = float64(w.Kept) / float64(w.Due)
		}
		out = append(out, w)
	}
	return out
}

func TestChartSummary(t *testing.T) {
	tests := []struct {
		weeks []Week
		want  string
	}{
		{nil, "No weeks to show yet."},
		{weeksOf([3]int{0, 0, 0}, [3]int{0, 0, 0}), "Last 2 weeks: no check-ins were due."},
		{weeksOf([3]int{3, 1, 0}), "This week: kept 3 of 4 check-ins (75%), missed 1."},
		{weeksOf([3]int{1, 0, 0}), "This week: kept 1 of 1 check-in (100%)."},
		{weeksOf([3]int{0, 0, 1}), "This week: kept 0 of 1 check-in (0%), 1 not recorded."},
		{weeksOf([3]int{7, 0, 0}, [3]int{0, 0, 0}, [3]int{5, 1, 1}, [3]int{2, 2, 0}),
			"Last 4 weeks: kept 14 of 18 check-ins (77%), missed 3, 1 not recorded; best week 100%."},
		{weeksOf([3]int{2, 1, 0}, [3]int{199, 1, 0}), "Last 2 weeks: kept 201 of 203 check-ins (99%), missed 2; best week 99%."},
	}
	for _, tt := range tests {
		if got := ChartSummary(tt.weeks); got != tt.want {
			t.Errorf("ChartSummary = %q\nwant            %q", got, tt.want)
		}
	}
}

type svgElement struct {
	name  string
	attrs map[string]string
	text  string
}

// parseSVG checks that s is well-formed XML and returns its elements in order.
func parseSVG(t *testing.T, s string) []svgElement {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(s))
	var out []svgElement
	var open []int
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("chart is not well-formed XML: %v\n%s", err, s)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			e := svgElement{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			open = append(open, len(out))
			out = append(out, e)
		case xml.EndElement:
			open = open[:len(open)-1]
		case xml.CharData:
			if len(open) > 0 {
				out[open[len(open)-1]].text += string(tok)
			}
		}
	}
	return out
}

func TestChartSVG(t *testing.T) {
	weeks := weeksOf([3]int{3, 1, 0}, [3]int{0, 0, 0}, [3]int{1, 1, 1}, [3]int{4, 0, 0})
	svg := ChartSVG(weeks)
	elems := parseSVG(t, svg)

	root := elems[0]
	if root.name != "svg" || root.attrs["role"] != "img" || root.attrs["viewBox"] == "" {
		t.Errorf("root = %+v, want <svg role=img viewBox=...>", root)
	}
	summary := ChartSummary(weeks)
	if root.attrs["aria-label"] != summary {
		t.Errorf("aria-label = %q, want the summary %q", root.attrs["aria-label"], summary)
	}
	if elems[1].name != "title" || elems[1].text != "Weekly consistency" || elems[2].name != "desc" || elems[2].text != summary {
		t.Errorf("first children = %+v %+v, want <title> then <desc> with the summary", elems[1], elems[2])
	}

	allowed := map[string]bool{"chart": true, "chart-axis": true, "chart-label": true, "chart-week": true,
		"chart-bar": true, "chart-missed": true, "chart-unrecorded": true, "chart-none": true}
	rects := map[string][]float64{} // class → heights
	var labels []string
	for _, e := range elems {
		if e.name == "style" {
			t.Errorf("chart has a <style> element; the CSP forbids inline styles")
		}
		if _, ok := e.attrs["style"]; ok {
			t.Errorf("<%s> has a style attribute; the CSP forbids inline styles", e.name)
		}
		for attr := range e.attrs {
			if strings.HasPrefix(attr, "on") {
				t.Errorf("<%s> has an event handler %s", e.name, attr)
			}
		}
		if c, ok := e.attrs["class"]; ok && !allowed[c] {
			t.Errorf("<%s> has unexpected class %q", e.name, c)
		}
		if e.name == "rect" {
			h, err := strconv.ParseFloat(e.attrs["height"], 64)
			if err != nil {
				t.Fatalf("rect height %q", e.attrs["height"])
			}
			rects[e.attrs["class"]] = append(rects[e.attrs["class"]], h)
		}
		if e.name == "text" {
			labels = append(labels, e.text)
		}
	}
	// The plot is 120 units tall: 3 of 4 kept is 90, 1 of 4 missed is 30, 1 of 3 is 40, 4 of 4 is 120.
	want := map[string][]float64{"chart-bar": {90, 40, 120}, "chart-missed": {30, 40}, "chart-unrecorded": {40}, "chart-none": {2}}
	for class, hs := range want {
		if got := rects[class]; len(got) != len(hs) {
			t.Errorf("%s heights = %v, want %v", class, got, hs)
		} else {
			for i := range hs {
				if got[i] != hs[i] {
					t.Errorf("%s heights = %v, want %v", class, got, hs)
				}
			}
		}
	}
	wantLabels := "0% 50% 100% 5 Jan 12 Jan 19 Jan 26 Jan"
	if got := strings.Join(labels, " "); got != wantLabels {
		t.Errorf("labels = %q, want %q", got, wantLabels)
	}
	if !strings.Contains(svg, "<title>Week of 12 Jan: nothing was due</title>") ||
		!strings.Contains(svg, "<title>Week of 19 Jan: kept 1 of 3 (33%)</title>") {
		t.Errorf("per-week titles missing:\n%s", svg)
	}
}

func TestChartSVGWithoutWeeks(t *testing.T) {
	elems := parseSVG(t, ChartSVG(nil))
	if elems[0].attrs["aria-label"] != "No weeks to show yet." {
		t.Errorf("empty chart label = %q", elems[0].attrs["aria-label"])
	}
	for _, e := range elems {
		if e.name == "rect" {
			t.Errorf("empty chart has a bar: %+v", e)
		}
	}
}
