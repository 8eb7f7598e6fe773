package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/checker"
	"mend/app/workshop"
)

// The editor is a text area laid exactly over a copy of its own text (the
// overlay), in which the checker's marks are drawn. The text area keeps
// native editing, undo, autocorrect and the phone keyboard; its own text
// is transparent, so what shows is the overlay's copy with its marks.
const (
	editorID  = "apology-text"
	overlayID = "apology-overlay"
)

// overlayPainter keeps the overlay's runs in step with the text. go-app
// renders the overlay element empty and never touches its children; the
// painter replaces only the runs that changed, so a keystroke costs one
// or two DOM nodes however long the draft is.
type overlayPainter struct {
	el    app.Value
	segs  []workshop.Segment
	nodes []app.Value
}

// paint redraws the overlay for text and its findings.
func (o *overlayPainter) paint(text string, findings []checker.Finding) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	if o.el == nil || !o.el.Truthy() || !o.el.Get("isConnected").Bool() {
		o.el = doc.Call("getElementById", overlayID)
		if !o.el.Truthy() {
			o.el = nil
			return
		}
		o.el.Set("textContent", "")
		o.segs, o.nodes = nil, nil
	}
	segs := workshop.Segments(text, findings)
	prefix, oldEnd, newEnd := workshop.Changed(o.segs, segs)
	var before app.Value // nil appends at the end
	if oldEnd < len(o.nodes) {
		before = o.nodes[oldEnd]
	}
	for _, n := range o.nodes[prefix:oldEnd] {
		n.Call("remove")
	}
	added := make([]app.Value, 0, newEnd-prefix)
	for _, s := range segs[prefix:newEnd] {
		n := segmentNode(doc, s)
		if before != nil {
			o.el.Call("insertBefore", n, before)
		} else {
			o.el.Call("appendChild", n)
		}
		added = append(added, n)
	}
	nodes := make([]app.Value, 0, len(segs))
	nodes = append(nodes, o.nodes[:prefix]...)
	nodes = append(nodes, added...)
	nodes = append(nodes, o.nodes[oldEnd:]...)
	o.segs, o.nodes = segs, nodes
}

// segmentNode makes the DOM node for one run: a text node, or a mark
// element whose category and rule are in data attributes. Text always
// goes in as text, never as markup.
func segmentNode(doc app.Value, s workshop.Segment) app.Value {
	if !s.Highlighted() {
		return doc.Call("createTextNode", s.Text)
	}
	m := doc.Call("createElement", "mark")
	m.Set("className", "hl hl-"+s.Category)
	m.Call("setAttribute", "data-category", s.Category)
	m.Call("setAttribute", "data-rule", s.Rule)
	m.Set("textContent", s.Text)
	return m
}

// setEditorValue puts text in the editor.
func setEditorValue(text string) {
	if el := editor(); el != nil && el.Get("value").String() != text {
		el.Set("value", text)
	}
}

// caret returns the caret's position in the editor in UTF-16 code units,
// as the checker's StartUTF16 and EndUTF16 count.
func caret() int {
	if el := editor(); el != nil {
		return el.Get("selectionStart").Int()
	}
	return -1
}

// selectInEditor selects the words of a finding in the editor and moves
// the focus there, so the person can change them at once.
func selectInEditor(start, end int) {
	if el := editor(); el != nil {
		el.Call("focus")
		el.Call("setSelectionRange", start, end)
	}
}

// focusEditor moves the focus to the editor once the page has been drawn
// again (the editor may be hidden until then, and the button that asked
// may be gone).
func focusEditor() {
	if !app.IsClient {
		return
	}
	var f app.Func
	f = app.FuncOf(func(app.Value, []app.Value) any {
		f.Release()
		if el := editor(); el != nil {
			el.Call("focus")
		}
		return nil
	})
	app.Window().Call("setTimeout", f, 50)
}

func editor() app.Value {
	if !app.IsClient {
		return nil
	}
	el := app.Window().Get("document").Call("getElementById", editorID)
	if !el.Truthy() {
		return nil
	}
	return el
}

// whenHidden calls f when the page is hidden (another app, a locked
// phone, a closing tab), the last safe moment to save. It returns a
// function that stops listening.
func whenHidden(f func()) func() {
	if !app.IsClient {
		return func() {}
	}
	doc := app.Window().Get("document")
	onVisibility := app.FuncOf(func(app.Value, []app.Value) any {
		if doc.Get("visibilityState").String() == "hidden" {
			f()
		}
		return nil
	})
	onHide := app.FuncOf(func(app.Value, []app.Value) any { f(); return nil })
	doc.Call("addEventListener", "visibilitychange", onVisibility)
	app.Window().Call("addEventListener", "pagehide", onHide)
	return func() {
		doc.Call("removeEventListener", "visibilitychange", onVisibility)
		app.Window().Call("removeEventListener", "pagehide", onHide)
		onVisibility.Release()
		onHide.Release()
	}
}

// copyText puts text on the clipboard. When the Clipboard API is missing
// or refuses, it selects the letter instead, so the person can copy it
// with the keyboard or the phone's menu; done says which happened.
func copyText(text, fallbackID string, done func(copied bool)) {
	selectIt := func() {
		el := app.Window().Get("document").Call("getElementById", fallbackID)
		sel := app.Window().Call("getSelection")
		if el.Truthy() && sel.Truthy() {
			sel.Call("selectAllChildren", el)
		}
		done(false)
	}
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		selectIt()
		return
	}
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(app.Value, []app.Value) any { release(); done(true); return nil })
	fail = app.FuncOf(func(app.Value, []app.Value) any { release(); selectIt(); return nil })
	clip.Call("writeText", text).Call("then", ok, fail)
}
