package components

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// el makes one HTML element: every page draws its markup through it.
//
// The selector is the tag followed by the attributes that never change, in
// the hyperscript way: "#id", ".class" (one for each class) and
// "[name=value]" (the value runs to the "]"), as in
// "p#save-status.save-status[role=status]".
//
// The parts, in any order:
//   - a string names an attribute, and the part after it is its value (a
//     string, a bool for attributes like "disabled", a number); when that
//     value is an event handler, the name is the event's ("click"), and
//     app.EventOption parts right after it go with the handler;
//   - an app.UI (an element, app.Raw, when(…)) or a []app.UI (each(…)) is
//     a child, a txt is a text child, a markup is a child written as
//     markup; a nil child is skipped.
//
// It builds go-app's generic element (app.Elem), which renders and updates
// exactly like go-app's typed builders (app.P().Class(…)): the same tag,
// attributes and handlers. One generic element, one call per element and
// constant attributes as one string keep the WebAssembly program small:
// each typed builder is a chain of interface calls, each element type
// go-app has to keep costs kilobytes of its own methods, and each part
// passed costs code at every call.
func el(selector string, parts ...any) app.UI {
	tag, fixed := selector, ""
	if i := strings.IndexAny(selector, "#.["); i >= 0 {
		tag, fixed = selector[:i], selector[i:]
	}
	if voidElement(tag) {
		e := app.ElemSelfClosing(tag)
		attr := func(name string, value any) { e.Attr(name, value) }
		setFixed(fixed, attr)
		set(parts, attr, func(name string, h app.EventHandler, opts []app.EventOption) {
			e.On(name, h, opts...)
		}, nil)
		return e
	}
	e := app.Elem(tag)
	attr := func(name string, value any) { e.Attr(name, value) }
	setFixed(fixed, attr)
	var kids []app.UI
	set(parts, attr, func(name string, h app.EventHandler, opts []app.EventOption) {
		e.On(name, h, opts...)
	}, &kids)
	if len(kids) > 0 {
		e.Body(kids...)
	}
	return e
}

// elIn is el for a widget whose element ids all start with prefix: each
// "$" in the selector, and in a markup part, stands for it, as in
// elIn("share", "input#$-link[aria-describedby=$-meter]"). One constant
// selector costs less than an id put together at every element.
func elIn(prefix, selector string, parts ...any) app.UI {
	for i, p := range parts {
		if m, ok := p.(markup); ok {
			parts[i] = markup(strings.ReplaceAll(string(m), "$", prefix))
		}
	}
	return el(strings.ReplaceAll(selector, "$", prefix), parts...)
}

// txt is a text child of el.
type txt string

// markup is a child of el written as markup with one root element: markup
// that never changes (a heading, a paragraph of fixed words) costs the
// program a constant string instead of the code of the el calls that
// would build it. Only ever fixed text from this package: never anything
// the user typed or a link carried.
type markup string

// voidElement reports whether tag has no end tag (go-app renders those with
// its self-closing element).
func voidElement(tag string) bool {
	return tag == "input" || tag == "img" || tag == "br" || tag == "hr"
}

// setFixed sets the attributes written in el's selector after the tag.
func setFixed(fixed string, attr func(string, any)) {
	for fixed != "" {
		mark := fixed[0]
		fixed = fixed[1:]
		end := strings.IndexAny(fixed, "#.[")
		if mark == '[' {
			end = strings.IndexByte(fixed, ']')
		}
		if end < 0 {
			end = len(fixed)
		}
		value := fixed[:end]
		fixed = fixed[end:]
		switch mark {
		case '#':
			attr("id", value)
		case '.':
			attr("class", value)
		case '[':
			fixed = fixed[1:] // the "]"
			name, v, _ := strings.Cut(value, "=")
			attr(name, v)
		}
	}
}

// set walks el's parts, setting attributes and handlers and collecting
// children into kids (nil for an element that cannot have any).
func set(parts []any, attr func(string, any), on func(string, app.EventHandler, []app.EventOption), kids *[]app.UI) {
	for i := 0; i < len(parts); i++ {
		switch p := parts[i].(type) {
		case string:
			i++
			var h app.EventHandler
			switch v := parts[i].(type) {
			case func(app.Context, app.Event):
				h = v
			case app.EventHandler:
				h = v
			default:
				attr(p, v)
				continue
			}
			var opts []app.EventOption
			for i+1 < len(parts) {
				o, ok := parts[i+1].(app.EventOption)
				if !ok {
					break
				}
				opts = append(opts, o)
				i++
			}
			on(p, h, opts)
		case txt:
			if kids != nil {
				*kids = append(*kids, app.Text(string(p)))
			}
		case markup:
			if kids != nil && p != "" {
				*kids = append(*kids, app.Raw(string(p)))
			}
		case app.UI:
			if kids != nil {
				*kids = append(*kids, p)
			}
		case []app.UI:
			if kids != nil {
				*kids = append(*kids, p...)
			}
		}
	}
}

// when is the element made by ui when ok holds, else nothing. Unlike
// app.If it adds no closure of its own at each place it is used, and the
// compiler can write ui's body in place.
func when(ok bool, ui func() app.UI) app.UI {
	if ok {
		return ui()
	}
	return nil
}

// elIf is el(selector, parts...) when ok holds, else nothing. Unlike when,
// it needs no closure, so it suits an element whose parts are cheap and
// safe to work out either way.
func elIf(ok bool, selector string, parts ...any) app.UI {
	if !ok {
		return nil
	}
	return el(selector, parts...)
}

// markupIf is the fixed markup m when ok holds, else nothing: when for
// markup, without a closure.
func markupIf(ok bool, m markup) app.UI {
	if !ok {
		return nil
	}
	return app.Raw(string(m))
}

// either is the element made by yes when ok holds, else the one made by
// no: app.If(…).Else(…) without go-app's closures.
func either(ok bool, yes, no func() app.UI) app.UI {
	if ok {
		return yes()
	}
	return no()
}

// each is the elements item makes for 0…n-1: app.Range(…).Slice(…)
// without reflection or go-app's closures.
func each(n int, item func(i int) app.UI) []app.UI {
	items := make([]app.UI, n)
	for i := range items {
		items[i] = item(i)
	}
	return items
}
