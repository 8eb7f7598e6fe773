package components

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var (
	startTag  = regexp.MustCompile(`<[a-z]+( [^>]*)?>`)
	attribute = regexp.MustCompile(` [a-z-]+(="[^"]*")?`)
)

// sortedAttributes renders ui with each tag's attributes in name order:
// go-app writes them in map order.
func sortedAttributes(ui app.UI) string {
	return startTag.ReplaceAllStringFunc(app.HTMLString(ui), func(tag string) string {
		attrs := attribute.FindAllString(tag, -1)
		slices.Sort(attrs)
		name, _, _ := strings.Cut(strings.TrimSuffix(tag, ">"), " ")
		return name + strings.Join(attrs, "") + ">"
	})
}

// TestElMatchesTypedBuilders checks that el renders exactly what go-app's
// typed builders render for the same element.
func TestElMatchesTypedBuilders(t *testing.T) {
	click := func(app.Context, app.Event) {}
	var handler app.EventHandler = click
	tests := []struct {
		name      string
		got, want app.UI
	}{
		{"tag only", el("p"), app.P()},
		{"text", el("p", txt("Hello & welcome")), app.P().Text("Hello & welcome")},
		{
			"selector",
			el("p#save-status.save-status.notice[role=status][aria-label=Time so far]"),
			app.P().ID("save-status").Class("save-status notice").Role("status").Aria("label", "Time so far"),
		},
		{
			"selector value with dots and equals",
			el("a#ics-download.button[download=mend-check-ins.ics][title=a=b]"),
			app.A().ID("ics-download").Class("button").Download("mend-check-ins.ics").Title("a=b"),
		},
		{
			"parts after the selector",
			el("section.card", "id", "share-"+"link", "class", "wide", "aria-labelledby", "x", "data-pending", 3),
			app.Section().Class("card").ID("share-link").Class("wide").Aria("labelledby", "x").DataSet("pending", 3),
		},
		{
			"bool attributes",
			el("button.button[type=button]", "disabled", true, "hidden", false),
			app.Button().Class("button").Type("button").Disabled(true).Hidden(false),
		},
		{
			"empty value leaves the attribute out",
			el("button", "aria-current", ""),
			app.Button(),
		},
		{
			"handlers are not attributes",
			el("button", "click", click, "blur", handler, app.EventScope("a"), txt("Go")),
			app.Button().OnClick(click).OnBlur(handler, app.EventScope("a")).Text("Go"),
		},
		{
			"void element",
			el("input[type=checkbox]", "id", "done", "checked", true, "change", click),
			app.Input().Type("checkbox").ID("done").Checked(true).OnChange(click),
		},
		{
			"textarea value",
			el("textarea.input", "value", "words", "rows", 3),
			app.Textarea().Class("input").Text("words").Rows(3),
		},
		{
			"children, lists and conditions",
			el("ul",
				el("li", txt("a")),
				each(2, func(i int) app.UI { return el("li", txt([]string{"b", "c"}[i])) }),
				when(false, func() app.UI { return el("li", txt("never")) }),
				when(true, func() app.UI { return el("li", txt("d")) }),
				either(false, func() app.UI { return el("li", txt("no")) }, func() app.UI { return el("li", txt("e")) }),
				nil,
			),
			app.Ul().Body(
				app.Li().Text("a"),
				app.Range([]string{"b", "c"}).Slice(func(i int) app.UI { return app.Li().Text([]string{"b", "c"}[i]) }),
				app.If(false, func() app.UI { return app.Li().Text("never") }),
				app.If(true, func() app.UI { return app.Li().Text("d") }),
				app.If(false, func() app.UI { return app.Li().Text("no") }).Else(func() app.UI { return app.Li().Text("e") }),
			),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := sortedAttributes(tt.got), sortedAttributes(tt.want)
			if got != want {
				t.Errorf("el renders\n%s\nwant\n%s", got, want)
			}
		})
	}
}
