package components

import (
	"crypto/rand"
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/share"
)

// linkMaker is the "your link" panel of both kinds of link: the plan link
// on /share and the reply link on /view. It holds the optional passphrase,
// makes the link (a protected one only once typing pauses), and offers the
// link to copy, to the share sheet and as a QR code, with a meter of its
// length. The page that owns it says what to encode and when the link is
// used.
type linkMaker struct {
	// id starts every element ID of the panel ("share", "reply"), so the
	// two panels never clash.
	id string
	// title heads the panel; sheetTitle is the share sheet's title; fewer
	// says how to make a too-long link shorter ("Share fewer sections").
	title, sheetTitle, fewer string

	protect    bool
	passphrase string

	link      string // the full URL; empty while making it or when refused
	linkLen   int
	linkError string
	making    bool
	pending   int // counts re-encodings, so only the last one lands

	canShare bool
	qr       string // the QR code's SVG, once asked for
	qrError  string
	said     string // what the last action did ("Copied")

	// encode makes the fragment, with the passphrase or without; link
	// makes the full URL from the origin and the fragment.
	encode func(passphrase string) (string, error)
	full   func(origin, fragment string) string
	// message words an encoding error for the person making the link.
	message func(error) string
	// used runs when the link is copied, shared or shown as a QR code:
	// the plan page notes that it was shared.
	used func(ctx app.Context)
	// changed runs when the passphrase choice changes, for the page to
	// make the link again (it calls make).
	changed func(ctx app.Context)
}

// mount reads what the browser can do. Call it once the page is live.
func (m *linkMaker) mount() {
	m.canShare = !app.Window().Get("navigator").Get("share").IsUndefined()
}

// clear forgets what was said about the last link, as when the page makes
// another.
func (m *linkMaker) clear() { m.qr, m.qrError, m.said = "", "", "" }

// make makes the link again. plain is the fragment without a passphrase
// (already made by the page, which needs it for its preview); a protected
// link costs an Argon2id run, so it is made once typing pauses.
func (m *linkMaker) make(ctx app.Context, plain string) {
	m.clear()
	m.pending++
	if !m.protect {
		m.set(plain, nil)
		return
	}
	m.making, m.link, m.linkError = true, "", ""
	pending, passphrase, encode := m.pending, m.passphrase, m.encode
	ctx.After(passphraseDelay, func(ctx app.Context) {
		if pending != m.pending {
			return
		}
		if passphrase == "" {
			m.making, m.linkError = false, "Type a passphrase, or untick “Protect it with a passphrase”."
			return
		}
		frag, err := encode(passphrase)
		if pending == m.pending {
			m.set(frag, err)
		}
	})
}

// refuse shows that no link can be made, and why.
func (m *linkMaker) refuse(why string) {
	m.clear()
	m.pending++
	m.link, m.linkLen, m.making, m.linkError = "", 0, false, why
}

func (m *linkMaker) set(frag string, err error) {
	m.making = false
	if err != nil {
		m.link, m.linkLen, m.linkError = "", 0, m.message(err)
		return
	}
	link := m.full(app.Window().Get("location").Get("origin").String(), frag)
	m.linkLen, m.linkError = len(link), ""
	if share.LinkFit(len(link)) == share.TooLong {
		m.link = ""
		return
	}
	m.link = link
}

func (m *linkMaker) toggleProtect(ctx app.Context, e app.Event) {
	m.protect = ctx.JSSrc().Get("checked").Bool()
	if m.protect && m.passphrase == "" {
		m.passphrase = share.SuggestPassphrase(rand.Reader)
	}
	m.changed(ctx)
}

func (m *linkMaker) typePassphrase(ctx app.Context, e app.Event) {
	m.passphrase = ctx.JSSrc().Get("value").String()
	m.changed(ctx)
}

func (m *linkMaker) suggest(ctx app.Context, e app.Event) {
	m.passphrase = share.SuggestPassphrase(rand.Reader)
	m.changed(ctx)
}

// copyLink copies the link with the Clipboard API, or by selecting the
// field and using the older copy command where that API is missing or
// refused.
func (m *linkMaker) copyLink(ctx app.Context, e app.Event) {
	if m.link == "" {
		return
	}
	m.used(ctx)
	clipboard := app.Window().Get("navigator").Get("clipboard")
	if clipboard.IsUndefined() || clipboard.IsNull() {
		m.said = copyBySelecting(m.id + "-link")
		return
	}
	var done, failed app.Func
	release := func() { done.Release(); failed.Release() }
	done = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(app.Context) { m.said = "Copied. Paste it into a message to them." })
		release()
		return nil
	})
	failed = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(app.Context) { m.said = copyBySelecting(m.id + "-link") })
		release()
		return nil
	})
	clipboard.Call("writeText", m.link).Call("then", done, failed)
}

func copyBySelecting(fieldID string) string {
	field := app.Window().GetElementByID(fieldID)
	field.Call("focus")
	field.Call("select")
	if app.Window().Get("document").Call("execCommand", "copy").Bool() {
		return "Copied. Paste it into a message to them."
	}
	return "The link is selected: copy it from the field above."
}

// shareSheet opens the phone's share sheet. Only the link goes in: never
// words the user wrote, which a messaging app might show in a preview.
func (m *linkMaker) shareSheet(ctx app.Context, e app.Event) {
	if m.link == "" {
		return
	}
	m.used(ctx)
	data := map[string]any{"title": m.sheetTitle, "url": m.link}
	// A cancelled share sheet rejects the promise; that is not an error.
	var ignore app.Func
	ignore = app.FuncOf(func(app.Value, []app.Value) any { ignore.Release(); return nil })
	app.Window().Get("navigator").Call("share", data).Call("catch", ignore)
}

func (m *linkMaker) showQR(ctx app.Context, e app.Event) {
	if m.link == "" {
		return
	}
	svg, err := share.QRCodeSVG(m.link)
	if err != nil {
		m.qr, m.qrError = "", "This link is too long for a QR code. "+m.fewer+", or send the link instead."
		return
	}
	m.used(ctx)
	m.qr, m.qrError = svg, ""
}

// panel is the link, its passphrase and what can be done with it. extra
// goes right after the actions (a note that the use was recorded, say).
func (m *linkMaker) panel(extra ...app.UI) app.UI {
	id, none := m.id, m.link == ""
	return elIn(id, "section#$-link-panel.card.share-link-panel[aria-labelledby=$-link-title]",
		elIn(id, "h2#$-link-title", txt(m.title)),
		elIn(id, "div.share-choice",
			elIn(id, "input#$-protect[type=checkbox]", "checked", m.protect, "change", m.toggleProtect),
			markup(`<label for="$-protect">Protect it with a passphrase</label>`),
		),
		when(m.protect, func() app.UI {
			return elIn(id, "div.field.share-passphrase",
				markup(`<label for="$-passphrase">Passphrase</label>`),
				elIn(id, "input#$-passphrase[type=text][autocomplete=off][autocapitalize=none][spellcheck=false][aria-describedby=$-passphrase-hint]", "value", m.passphrase, "input", m.typePassphrase),
				markup(`<p class="field-hint" id="$-passphrase-hint">Say it to them in person — don't send it with the link. You can type your own words instead.</p>`),
				elIn(id, "button#$-suggest.button.button-quiet[type=button]", "click", m.suggest, txt("Suggest other words")),
			)
		}),
		elIn(id, "div.field",
			markup(`<label for="$-link">Link to send</label>`),
			elIn(id, "input#$-link.share-link[type=text][readonly=true][aria-describedby=$-meter]", "value", m.link),
		),
		m.meter(),
		elIn(id, "div.share-actions",
			elIn(id, "button#$-copy.button[type=button]", "disabled", none, "click", m.copyLink, txt("Copy link")),
			when(m.canShare, func() app.UI {
				return elIn(id, "button#$-sheet.button[type=button]", "disabled", none, "click", m.shareSheet, txt("Share…"))
			}),
			elIn(id, "button#$-qr.button.button-quiet[type=button]", "disabled", none, "click", m.showQR, txt("Show a QR code")),
		),
		elIn(id, "p#$-said.share-said[role=status]", txt(m.said)),
		extra,
		warning(m.qrError),
		when(m.qr != "", func() app.UI {
			// The SVG is generated from the link alone and holds no text
			// the user wrote as markup, so it may be inserted as it is.
			return elIn(id, "div#$-qr-code.share-qr",
				app.Raw(m.qr),
				markup(`<p class="field-hint">Let them scan this with their phone's camera.</p>`),
			)
		}),
	)
}

// meter says whether the link is a comfortable length. The bar is a
// <progress> element (its value is an attribute, which the CSP allows,
// where a width in a style attribute would be refused) and only repeats
// the text, so screen readers skip it.
func (m *linkMaker) meter() app.UI {
	var class, text string
	filled := min(m.linkLen, share.MaxLinkLen)
	switch {
	case m.making:
		class, text = "share-meter", "Making the link…"
	case m.linkError != "":
		class, text, filled = "share-meter share-meter-bad", m.linkError, share.MaxLinkLen
	case share.LinkFit(m.linkLen) == share.TooLong:
		class, text = "share-meter share-meter-bad", fmt.Sprintf("Too long (%d characters): messaging apps would cut it off. %s.", m.linkLen, m.fewer)
	case share.LinkFit(m.linkLen) == share.Long:
		class, text = "share-meter share-meter-long", fmt.Sprintf("Long (%d characters). Some apps cut long links — if it does not open for them, %s.", m.linkLen, lowerFirst(m.fewer))
	default:
		class, text = "share-meter share-meter-fine", fmt.Sprintf("Length is fine (%d characters).", m.linkLen)
	}
	return elIn(m.id, "div#$-meter[role=status]", "class", class,
		el("progress.share-meter-bar[aria-hidden=true]", "max", share.MaxLinkLen, "value", filled),
		el("p.share-meter-text", txt(text)),
	)
}

// lowerFirst lower-cases the first letter of an ASCII sentence.
func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// passphraseDelay is how long typing must pause before a protected link is
// made again: each one costs an Argon2id run.
const passphraseDelay = 500 * time.Millisecond

// cancel drops a protected link still being made, as when the page leaves
// it behind.
func (m *linkMaker) cancel() { m.pending++ }
