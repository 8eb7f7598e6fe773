package components

import (
	"crypto/rand"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/plan"
	"mend/app/route"
	"mend/app/share"
	"mend/app/store"
)

// sharePage is the page at /share: the user picks sections of their plan,
// sees exactly what their partner will see, and sends a read-only link.
type sharePage struct {
	app.Compo

	live    bool
	problem bool // the stored data cannot be read; see /settings
	plan    plan.Plan
	shares  []store.Share
	chosen  map[plan.Section]bool

	protect    bool
	passphrase string

	// preview is what the link carries, decoded again, so the preview shows
	// what the partner's page will show.
	preview   share.Shared
	version   int
	link      string // the full URL; empty while making it or when refused
	linkLen   int
	linkError string
	making    bool
	pending   int // counts passphrase re-encodings, so only the last one lands

	canShare bool
	qr       string // the QR code's SVG, once asked for
	qrError  string
	said     string // what the last action did ("Copied")
	saveErr  string
}

func newSharePage() *sharePage { return &sharePage{} }

const sharePagePurpose = "Choose the parts of your plan to share, see exactly what they will see, then send a read-only link."

// passphraseDelay is how long typing must pause before a protected link is
// made again: each one costs an Argon2id run.
const passphraseDelay = 500 * time.Millisecond

func (p *sharePage) OnPreRender(ctx app.Context) {
	setPageMeta(ctx, "Share with your partner", sharePagePurpose)
}

func (p *sharePage) OnNav(ctx app.Context) {
	setPageMeta(ctx, "Share with your partner", sharePagePurpose)
	if !app.IsClient {
		return
	}
	p.live = true
	doc := loadDoc()
	p.problem = storeProblem() != nil
	p.plan, p.shares = doc.Plan, doc.Shares
	p.chosen = map[plan.Section]bool{}
	for _, s := range plan.Sections {
		p.chosen[s.ID] = share.Suggested(p.plan, s)
	}
	p.canShare = !app.Window().Get("navigator").Get("share").IsUndefined()
	p.remake(ctx)
}

// sections returns the chosen sections in display order.
func (p *sharePage) sections() []plan.Section {
	var out []plan.Section
	for _, s := range plan.Sections {
		if p.chosen[s.ID] {
			out = append(out, s.ID)
		}
	}
	return out
}

// lastShared returns the last link the user shared, decoded, if it can be
// read without a passphrase.
func (p *sharePage) lastShared() (share.Shared, bool) {
	if len(p.shares) == 0 {
		return share.Shared{}, false
	}
	sh, err := decodeShare(p.shares[len(p.shares)-1].Link, "")
	return sh, err == nil
}

// remake makes the preview and the link again after a change of choices.
func (p *sharePage) remake(ctx app.Context) {
	p.qr, p.qrError, p.said, p.saveErr = "", "", "", ""
	sections := p.sections()
	now := time.Now()

	lastVersion, last := 0, (*share.Shared)(nil)
	if n := len(p.shares); n > 0 {
		lastVersion = p.shares[n-1].Version
		if sh, ok := p.lastShared(); ok {
			last = &sh
		}
	}
	var plain string
	preview, err := nextShare(p.plan, sections, now, lastVersion, last)
	if err == nil {
		p.preview, p.version = preview, preview.Version
		plain, err = encodeShare(p.plan, sections, share.Options{SharedAt: now, Version: p.version})
	}
	if err != nil {
		// No link, but the preview still shows the chosen sections, so the
		// user can see what to leave out.
		p.version = lastVersion + 1
		p.preview = share.Shared{Plan: p.plan, Sections: sections, SharedAt: now.Truncate(time.Minute), Version: p.version}
		p.link, p.linkLen, p.making = "", 0, false
		p.linkError = share.UserMessage(err)
		if share.KindOf(err) == share.KindTooLong {
			// UserMessage speaks to whoever holds a link; this is the author.
			p.linkError = "Too long: these sections are more than one link can carry. Share fewer sections."
		}
		return
	}

	p.pending++
	if !p.protect {
		p.setLink(plain, nil)
		return
	}
	// A protected link costs an Argon2id run: wait until typing pauses.
	p.making, p.link, p.linkError = true, "", ""
	pending, passphrase, version := p.pending, p.passphrase, p.version
	ctx.After(passphraseDelay, func(ctx app.Context) {
		if pending != p.pending {
			return
		}
		if passphrase == "" {
			p.making, p.linkError = false, "Type a passphrase, or untick “Protect it with a passphrase”."
			return
		}
		frag, err := encodeShare(p.plan, sections, share.Options{SharedAt: now, Version: version, Passphrase: passphrase})
		if pending == p.pending {
			p.setLink(frag, err)
		}
	})
}

func (p *sharePage) setLink(frag string, err error) {
	p.making = false
	if err != nil {
		p.link, p.linkLen, p.linkError = "", 0, share.UserMessage(err)
		return
	}
	link := share.Link(app.Window().Get("location").Get("origin").String(), frag)
	p.linkLen, p.linkError = len(link), ""
	if share.LinkFit(len(link)) == share.TooLong {
		p.link = ""
		return
	}
	p.link = link
}

func (p *sharePage) toggle(s plan.Section) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.chosen[s] = ctx.JSSrc().Get("checked").Bool()
		p.remake(ctx)
	}
}

func (p *sharePage) toggleProtect(ctx app.Context, e app.Event) {
	p.protect = ctx.JSSrc().Get("checked").Bool()
	if p.protect && p.passphrase == "" {
		p.passphrase = share.SuggestPassphrase(rand.Reader)
	}
	p.remake(ctx)
}

func (p *sharePage) typePassphrase(ctx app.Context, e app.Event) {
	p.passphrase = ctx.JSSrc().Get("value").String()
	p.remake(ctx)
}

func (p *sharePage) suggest(ctx app.Context, e app.Event) {
	p.passphrase = share.SuggestPassphrase(rand.Reader)
	p.remake(ctx)
}

// record keeps, on this device, that the current link was shared.
func (p *sharePage) record(ctx app.Context) {
	if p.link == "" || len(p.shares) > 0 && p.shares[len(p.shares)-1].Link == p.link {
		return
	}
	entry := store.Share{
		At:       time.Now().UTC().Format(time.RFC3339),
		Sections: p.preview.Sections,
		Link:     p.link,
		Version:  p.version,
	}
	err := updateDoc(ctx, func(d *store.Document) { d.Shares = append(d.Shares, entry) })
	if err != nil {
		p.saveErr = "The link works, but Mend could not note that you shared it: " + store.UserMessage(err)
		return
	}
	p.shares = loadDoc().Shares
}

// copyLink copies the link with the Clipboard API, or by selecting the
// field and using the older copy command where that API is missing or
// refused.
func (p *sharePage) copyLink(ctx app.Context, e app.Event) {
	if p.link == "" {
		return
	}
	p.record(ctx)
	clipboard := app.Window().Get("navigator").Get("clipboard")
	if clipboard.IsUndefined() || clipboard.IsNull() {
		p.said = copyBySelecting()
		return
	}
	var done, failed app.Func
	release := func() { done.Release(); failed.Release() }
	done = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(app.Context) { p.said = "Copied. Paste it into a message to them." })
		release()
		return nil
	})
	failed = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(app.Context) { p.said = copyBySelecting() })
		release()
		return nil
	})
	clipboard.Call("writeText", p.link).Call("then", done, failed)
}

func copyBySelecting() string {
	field := app.Window().GetElementByID("share-link")
	field.Call("focus")
	field.Call("select")
	if app.Window().Get("document").Call("execCommand", "copy").Bool() {
		return "Copied. Paste it into a message to them."
	}
	return "The link is selected: copy it from the field above."
}

// shareSheet opens the phone's share sheet. Only the link goes in: never
// words from the plan, which a messaging app might show in a preview.
func (p *sharePage) shareSheet(ctx app.Context, e app.Event) {
	if p.link == "" {
		return
	}
	p.record(ctx)
	data := map[string]any{"title": "A plan I want to share with you", "url": p.link}
	// A cancelled share sheet rejects the promise; that is not an error.
	var ignore app.Func
	ignore = app.FuncOf(func(app.Value, []app.Value) any { ignore.Release(); return nil })
	app.Window().Get("navigator").Call("share", data).Call("catch", ignore)
}

func (p *sharePage) showQR(ctx app.Context, e app.Event) {
	if p.link == "" {
		return
	}
	svg, err := share.QRCodeSVG(p.link)
	if err != nil {
		p.qr, p.qrError = "", "This link is too long for a QR code. Share fewer sections, or send the link instead."
		return
	}
	p.record(ctx)
	p.qr, p.qrError = svg, ""
}

func (p *sharePage) Render() app.UI {
	return shell(route.Share,
		pageHeading("Share with your partner", sharePagePurpose),
		fromDevice(p.body()),
	)
}

func (p *sharePage) body() app.UI {
	switch {
	case !p.live:
		return app.P().Class("view-status").Text("Opening your plan…")
	case p.problem:
		return app.P().ID("share-problem").Class("notice notice-warning").Body(
			app.Span().Text("Mend cannot read what is stored on this device, so there is nothing to share yet. "),
			app.A().Href(route.Settings).Text("See what you can do on Your data."),
		)
	case p.plan.IsEmpty():
		return app.P().ID("share-empty").Body(
			app.Span().Text("Your plan is empty, so there is nothing to share yet. "),
			app.A().Href(route.Plan).Text("Write your plan first."),
		)
	}
	return app.Div().Class("share").Body(
		p.choices(),
		p.linkPanel(),
		p.previewPanel(),
		p.changesPanel(),
		p.historyPanel(),
	)
}

func (p *sharePage) choices() app.UI {
	return app.FieldSet().Class("share-choices").Body(
		app.Legend().Text("What to share"),
		app.P().Class("field-hint").Text("Share only what you are ready for them to read. Your private reflections stay off unless you tick them."),
		app.Range(plan.Sections).Slice(func(i int) app.UI {
			s := plan.Sections[i]
			id := "share-section-" + string(s.ID)
			note := ""
			switch {
			case len(p.plan.SectionText(s.ID)) == 0:
				note = "Nothing written yet"
			case s.PrivateByDefault:
				note = "Private reflection"
			}
			return app.Div().Class("share-choice").Body(
				app.Input().ID(id).Type("checkbox").Checked(p.chosen[s.ID]).OnChange(p.toggle(s.ID)),
				app.Label().For(id).Body(
					app.Span().Text(s.Title),
					app.If(note != "", func() app.UI { return app.Span().Class("share-note").Text(note) }),
				),
			)
		}),
	)
}

func (p *sharePage) linkPanel() app.UI {
	return app.Section().Class("card share-link-panel").Aria("labelledby", "share-link-title").Body(
		app.H2().ID("share-link-title").Text("Your link"),
		app.Div().Class("share-choice").Body(
			app.Input().ID("share-protect").Type("checkbox").Checked(p.protect).OnChange(p.toggleProtect),
			app.Label().For("share-protect").Text("Protect it with a passphrase"),
		),
		app.If(p.protect, func() app.UI {
			return app.Div().Class("field share-passphrase").Body(
				app.Label().For("share-passphrase").Text("Passphrase"),
				app.Input().ID("share-passphrase").Type("text").Value(p.passphrase).
					AutoComplete(false).Attr("autocapitalize", "none").Spellcheck(false).
					Aria("describedby", "share-passphrase-hint").OnInput(p.typePassphrase),
				app.P().ID("share-passphrase-hint").Class("field-hint").Text("Say it to them in person — don't send it with the link. You can type your own words instead."),
				app.Button().ID("share-suggest").Class("button button-quiet").Type("button").Text("Suggest other words").OnClick(p.suggest),
			)
		}),
		app.Div().Class("field").Body(
			app.Label().For("share-link").Text("Link to send"),
			app.Input().ID("share-link").Class("share-link").Type("text").ReadOnly(true).Value(p.link).
				Aria("describedby", "share-meter"),
		),
		p.meter(),
		app.Div().Class("share-actions").Body(
			app.Button().ID("share-copy").Class("button").Type("button").Disabled(p.link == "").Text("Copy link").OnClick(p.copyLink),
			app.If(p.canShare, func() app.UI {
				return app.Button().ID("share-sheet").Class("button").Type("button").Disabled(p.link == "").Text("Share…").OnClick(p.shareSheet)
			}),
			app.Button().ID("share-qr").Class("button button-quiet").Type("button").Disabled(p.link == "").Text("Show a QR code").OnClick(p.showQR),
		),
		app.P().ID("share-said").Class("share-said").Role("status").Text(p.said),
		app.If(p.saveErr != "", func() app.UI {
			return app.P().Class("notice notice-warning").Role("alert").Text(p.saveErr)
		}),
		app.If(p.qrError != "", func() app.UI {
			return app.P().Class("notice notice-warning").Role("alert").Text(p.qrError)
		}),
		app.If(p.qr != "", func() app.UI {
			// The SVG is generated from the link alone and holds no text
			// the user wrote as markup, so it may be inserted as it is.
			return app.Div().ID("share-qr-code").Class("share-qr").Body(
				app.Raw(p.qr),
				app.P().Class("field-hint").Text("Let them scan this with their phone's camera."),
			)
		}),
	)
}

// meter says whether the link is a comfortable length. The bar is a
// <progress> element (its value is an attribute, which the CSP allows,
// where a width in a style attribute would be refused) and only repeats
// the text, so screen readers skip it.
func (p *sharePage) meter() app.UI {
	var class, text string
	filled := min(p.linkLen, share.MaxLinkLen)
	switch {
	case p.making:
		class, text = "share-meter", "Making the link…"
	case p.linkError != "":
		class, text, filled = "share-meter share-meter-bad", p.linkError, share.MaxLinkLen
	case share.LinkFit(p.linkLen) == share.TooLong:
		class, text = "share-meter share-meter-bad", fmt.Sprintf("Too long (%d characters): messaging apps would cut it off. Share fewer sections.", p.linkLen)
	case share.LinkFit(p.linkLen) == share.Long:
		class, text = "share-meter share-meter-long", fmt.Sprintf("Long (%d characters). Some apps cut long links — if it does not open for them, share fewer sections.", p.linkLen)
	default:
		class, text = "share-meter share-meter-fine", fmt.Sprintf("Length is fine (%d characters).", p.linkLen)
	}
	return app.Div().ID("share-meter").Class(class).Role("status").Body(
		app.Progress().Class("share-meter-bar").Max(share.MaxLinkLen).Value(filled).Aria("hidden", "true"),
		app.P().Class("share-meter-text").Text(text),
	)
}

func (p *sharePage) previewPanel() app.UI {
	return app.Section().ID("share-preview").Class("card share-preview").Aria("labelledby", "share-preview-title").Body(
		app.H2().ID("share-preview-title").Text("What they will see"),
		app.P().ID("share-reader-note").Class("muted").Text("Above the plan, their page tells them they owe you no reply and no forgiveness, that they set the pace, and where to find support for themselves."),
		sharedPlanView(p.preview, 3),
	)
}

func (p *sharePage) changesPanel() app.UI {
	if len(p.shares) == 0 {
		return nil
	}
	var body app.UI
	if last, ok := p.lastShared(); !ok {
		body = app.P().Text("Your last link was protected with a passphrase, so Mend cannot compare it with your plan now.")
	} else if c := share.Compare(last, p.preview); c.None() {
		body = app.P().Text("Nothing changed: this link shares the same words as your last one.")
	} else {
		body = changesView(c)
	}
	return app.Section().ID("share-changes").Class("card").Aria("labelledby", "share-changes-title").Body(
		app.H2().ID("share-changes-title").Text("Changed since your last link"),
		body,
	)
}

func (p *sharePage) historyPanel() app.UI {
	if len(p.shares) == 0 {
		return nil
	}
	shares := slices.Clone(p.shares)
	slices.Reverse(shares)
	return app.Section().ID("share-history").Class("card").Aria("labelledby", "share-history-title").Body(
		app.H2().ID("share-history-title").Text("What you have shared"),
		app.Ul().Class("share-history").Body(app.Range(shares).Slice(func(i int) app.UI {
			s := shares[i]
			when := s.At
			if t, err := time.Parse(time.RFC3339, s.At); err == nil {
				when = t.Local().Format("Monday 2 January 2006 at 15:04")
			}
			var titles []string
			for _, sec := range s.Sections {
				titles = append(titles, sectionTitle(sec))
			}
			what := "No sections"
			if len(titles) > 0 {
				what = strings.Join(titles, "; ")
			}
			return app.Li().Body(
				app.P().Class("share-history-when").Text(fmt.Sprintf("%s · version %d", when, s.Version)),
				app.P().Class("shared-detail").Text(what),
			)
		})),
	)
}
