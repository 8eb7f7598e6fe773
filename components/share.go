package components

import (
	"fmt"
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
	replies []store.Reply
	chosen  map[plan.Section]bool

	// preview is what the link carries, decoded again, so the preview shows
	// what the partner's page will show.
	preview share.Shared
	version int
	links   linkMaker
	saveErr string
}

func newSharePage() *sharePage {
	p := &sharePage{}
	p.links = linkMaker{
		id: "share", title: "Your link", sheetTitle: "A plan I want to share with you", fewer: "Share fewer sections",
		full: share.Link, message: share.UserMessage, used: p.record, changed: p.remake,
	}
	return p
}

const sharePagePurpose = "Choose the parts of your plan to share, see exactly what they will see, then send a read-only link."

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
	p.plan, p.shares, p.replies = doc.Plan, doc.Shares, doc.Replies
	p.chosen = map[plan.Section]bool{}
	for _, s := range plan.Sections {
		p.chosen[s.ID] = share.Suggested(p.plan, s)
	}
	p.links.mount()
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
	p.saveErr = ""
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
		p.preview = share.Shared{Plan: p.plan.WithoutProposals(), Sections: sections, SharedAt: now.Truncate(time.Minute), Version: p.version}
		why := share.UserMessage(err)
		if share.KindOf(err) == share.KindTooLong {
			// UserMessage speaks to whoever holds a link; this is the author.
			why = "Too long: these sections are more than one link can carry. Share fewer sections."
		}
		p.links.refuse(why)
		return
	}
	version := p.version
	p.links.encode = func(passphrase string) (string, error) {
		return encodeShare(p.plan, sections, share.Options{SharedAt: now, Version: version, Passphrase: passphrase})
	}
	p.links.make(ctx, plain)
}

func (p *sharePage) toggle(s plan.Section) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.chosen[s] = ctx.JSSrc().Get("checked").Bool()
		p.remake(ctx)
	}
}

// record keeps, on this device, that the current link was shared.
func (p *sharePage) record(ctx app.Context) {
	link := p.links.link
	if link == "" || len(p.shares) > 0 && p.shares[len(p.shares)-1].Link == link {
		return
	}
	entry := store.Share{
		At:       time.Now().UTC().Format(time.RFC3339),
		Sections: p.preview.Sections,
		Link:     link,
		Version:  p.version,
	}
	err := updateDoc(ctx, func(d *store.Document) { d.Shares = append(d.Shares, entry) })
	if err != nil {
		p.saveErr = "The link works, but Mend could not note that you shared it: " + store.UserMessage(err)
		return
	}
	p.shares = loadDoc().Shares
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
		return app.Raw(`<p class="view-status">Opening your plan…</p>`)
	case p.problem:
		return app.Raw(`<p id="share-problem" class="notice notice-warning"><span>Mend cannot read what is stored on this device, so there is nothing to share yet. </span><a href="/settings">See what you can do on Your data.</a></p>`)
	case p.plan.IsEmpty():
		return app.Raw(`<p id="share-empty"><span>Your plan is empty, so there is nothing to share yet. </span><a href="/plan">Write your plan first.</a></p>`)
	}
	return el("div.share",
		p.choices(),
		p.linkPanel(),
		p.previewPanel(),
		p.changesPanel(),
		p.historyPanel(),
		p.repliesPanel(),
	)
}

func (p *sharePage) choices() app.UI {
	return el("fieldset.share-choices",
		markup(`<legend>What to share</legend>`),
		markup(`<p class="field-hint">Share only what you are ready for them to read. Your private reflections stay off unless you tick them.</p>`),
		each(len(plan.Sections), func(i int) app.UI {
			s := plan.Sections[i]
			id := "share-section-" + string(s.ID)
			note := ""
			switch {
			case len(p.plan.SectionText(s.ID)) == 0:
				note = "Nothing written yet"
			case s.PrivateByDefault:
				note = "Private reflection"
			}
			return el("div.share-choice",
				el("input[type=checkbox]", "id", id, "checked", p.chosen[s.ID], "change", p.toggle(s.ID)),
				el("label", "for", id,
					el("span", txt(s.Title)),
					when(note != "", func() app.UI { return el("span.share-note", txt(note)) }),
				),
			)
		}),
	)
}

func (p *sharePage) linkPanel() app.UI {
	return p.links.panel(warning(p.saveErr))
}

func (p *sharePage) previewPanel() app.UI {
	return el("section#share-preview.card.share-preview[aria-labelledby=share-preview-title]",
		markup(`<h2 id="share-preview-title">What they will see</h2>`),
		markup(`<p id="share-reader-note" class="muted">Above the plan, their page tells them they owe you no reply and no forgiveness, that they set the pace, and where to find support for themselves.</p>`),
		sharedPlanView(p.preview, 3),
	)
}

func (p *sharePage) changesPanel() app.UI {
	if len(p.shares) == 0 {
		return nil
	}
	var body app.UI
	if last, ok := p.lastShared(); !ok {
		body = app.Raw(`<p>Your last link was protected with a passphrase, so Mend cannot compare it with your plan now.</p>`)
	} else if c := share.Compare(last, p.preview); c.None() {
		body = app.Raw(`<p>Nothing changed: this link shares the same words as your last one.</p>`)
	} else {
		body = changesView(c)
	}
	return el("section#share-changes.card[aria-labelledby=share-changes-title]",
		markup(`<h2 id="share-changes-title">Changed since your last link</h2>`),
		body,
	)
}

func (p *sharePage) historyPanel() app.UI {
	if len(p.shares) == 0 {
		return nil
	}
	shares := p.shares
	return el("section#share-history.card[aria-labelledby=share-history-title]",
		markup(`<h2 id="share-history-title">What you have shared</h2>`),
		el("ul.share-history",
			each(len(shares), func(i int) app.UI {
				s := shares[len(shares)-1-i] // newest first
				when := readableTime(s.At)
				var titles []string
				for _, sec := range s.Sections {
					titles = append(titles, sectionTitle(sec))
				}
				what := "No sections"
				if len(titles) > 0 {
					what = strings.Join(titles, "; ")
				}
				return el("li",
					el("p.share-history-when", txt(fmt.Sprintf("%s · version %d", when, s.Version))),
					el("p.shared-detail", txt(what)),
				)
			}),
		),
	)
}
