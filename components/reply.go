package components

import (
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/route"
	"mend/app/share"
	"mend/app/store"
)

// replyPage is where a reply link opens, on the author's device: first
// what the partner wrote and when, read-only; then, if the author chooses,
// their questions go into "Their questions, my honest answers" and their
// needs into the boundaries as proposals (see plan.Plan.AddReply).
type replyPage struct {
	app.Compo

	live    bool
	hash    string
	reply   *share.Reply
	id      string // share.ReplyID of the link
	problem string
	// elsewhere is where a link of the other kind opens, when one was
	// opened here.
	elsewhere string
	lock      unlocker
	// added is when this reply was added to the plan, if it was.
	added    string
	hasPlan  bool
	stored   bool // the stored data can be read, so the reply can be added
	said     string
	saveErr  string
	addedNow bool
	stops    []func()
}

func newReplyPage() *replyPage {
	return &replyPage{lock: unlocker{id: "reply-in", intro: share.ReplyMessage(share.ErrNeedsPassphrase), button: "Open the reply"}}
}

const replyPurpose = "Read what they wrote back to your plan. Nothing changes in your plan unless you add it."

func (p *replyPage) OnPreRender(ctx app.Context) {
	setPageMeta(ctx, "A reply to your plan", replyPurpose)
}

func (p *replyPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, "A reply to your plan", replyPurpose)
	p.read(ctx)
}

func (p *replyPage) OnMount(ctx app.Context) {
	p.stops = []func(){listenWindow(ctx, "hashchange", p.read)}
}

func (p *replyPage) OnDismount() {
	for _, stop := range p.stops {
		stop()
	}
	p.stops = nil
}

// read decodes the link in the address bar, as the plan's /view does.
func (p *replyPage) read(ctx app.Context) {
	if !app.IsClient {
		return
	}
	p.live = true
	// share.DecodeReply undoes what mailers do to a wrapped link.
	p.hash = app.Window().Get("location").Get("hash").String()
	p.reply, p.id, p.problem, p.elsewhere, p.said, p.saveErr, p.addedNow = nil, "", "", "", "", "", false
	p.lock.reset()
	p.readDevice()
	if p.hash == "" || p.hash == "#" {
		return
	}
	p.decode(p.hash, "")
}

// readDevice reads what the device holds about this reply.
func (p *replyPage) readDevice() {
	doc := loadDoc()
	p.stored = storeProblem() == nil
	p.hasPlan = !doc.Plan.IsEmpty() || len(doc.Replies) > 0
	p.added = ""
	for _, r := range doc.Replies {
		if r.ID == p.id && p.id != "" {
			p.added = r.Added
		}
	}
}

// decode opens the link with passphrase and returns what to say if the
// passphrase is wrong.
func (p *replyPage) decode(hash, passphrase string) (wrong string) {
	r, err := decodeReply(hash, passphrase)
	switch {
	case share.KindOf(err) == share.KindNeedsPassphrase:
		p.lock.asking = true
	case share.KindOf(err) == share.KindWrongPassphrase:
		return share.ReplyMessage(err)
	case err != nil:
		p.lock.asking, p.problem = false, share.ReplyMessage(err)
		if share.KindOf(err) == share.KindWrongKind {
			p.elsewhere = route.View + "#" + strings.TrimPrefix(hash, "#")
		}
	default:
		p.lock.asking, p.reply, p.id = false, &r, r.ID()
		p.readDevice()
	}
	return ""
}

func (p *replyPage) open(ctx app.Context, passphrase string) string {
	return p.decode(p.hash, passphrase)
}

// add puts the reply into the plan, once: a reply already added (by this
// tab or another, or by a copy of the same link) adds nothing.
func (p *replyPage) add(ctx app.Context, e app.Event) {
	if p.reply == nil {
		return
	}
	r, added := *p.reply, false
	err := updateDoc(ctx, func(d *store.Document) { added = d.AddReply(r, time.Now()) })
	if err != nil {
		p.saveErr = "The reply wasn't added: " + store.UserMessage(err)
		return
	}
	p.readDevice()
	if !added {
		p.said = "This reply is already in your plan, so nothing was added twice."
		return
	}
	p.addedNow = true
	p.said = "Added to your plan."
}

func (p *replyPage) Render() app.UI {
	return shell(route.Reply,
		pageHeading("A reply to your plan", replyPurpose),
		fromDevice(p.body()),
	)
}

func (p *replyPage) body() app.UI {
	switch {
	case !p.live:
		return app.Raw(`<p id="reply-loading" class="view-status">Opening the reply…</p>`)
	case p.problem != "":
		return el("div#reply-problem.notice.notice-warning.view-problem[role=alert]",
			el("p", txt(p.problem)),
			when(p.elsewhere != "", func() app.UI {
				return el("p", el("a#reply-elsewhere", "href", p.elsewhere, txt("Open it as a shared plan")))
			}),
		)
	case p.lock.asking:
		return p.lock.form(p.open)
	case p.reply != nil:
		return el("div#reply-view",
			replyView(*p.reply),
			p.addPanel(),
		)
	}
	return app.Raw(`<p id="reply-empty">This link holds no reply. If someone meant to write back to you, ask them to send it again.</p>`)
}

// replyView shows what the partner wrote, as text only: a link is input
// from outside.
func replyView(r share.Reply) app.UI {
	written := "Written on " + r.WrittenAt.Format("Monday 2 January 2006 at 15:04")
	if r.PlanVersion > 0 {
		written += fmt.Sprintf(", after reading version %d of your plan", r.PlanVersion)
	}
	return el("div.reply-read",
		el("p#reply-when.shared-meta", txt(written+".")),
		when(len(r.Questions) > 0, func() app.UI {
			return el("section#reply-their-questions.shared-section[aria-labelledby=reply-questions-title]",
				markup(`<h2 id="reply-questions-title">Their questions</h2>`),
				el("ul.shared-list",
					each(len(r.Questions), func(i int) app.UI {
						return el("li", sharedText(r.Questions[i]))
					}),
				),
			)
		}),
		when(len(r.Needs) > 0, func() app.UI {
			return el("section#reply-their-needs.shared-section[aria-labelledby=reply-needs-title]",
				markup(`<h2 id="reply-needs-title">What they need from you now</h2>`),
				el("ul.shared-list",
					each(len(r.Needs), func(i int) app.UI {
						return el("li", sharedText(r.Needs[i]))
					}),
				),
			)
		}),
		when(r.Note != "", func() app.UI {
			return el("section#reply-their-note.shared-section[aria-labelledby=reply-note-title]",
				markup(`<h2 id="reply-note-title">How they are doing</h2>`),
				sharedText(r.Note),
			)
		}),
	)
}

func (p *replyPage) addPanel() app.UI {
	var added app.UI
	note, button := markup(`<p>Their questions go into “Their questions, my honest answers”, each waiting for your answer. Their needs go into your boundaries as proposals, until you agree to each one or say no to it.</p>`), "Add it to my plan"
	switch {
	case !p.stored:
		note, button = `<p id="reply-cannot" class="notice notice-warning"><span>Mend cannot read what is stored on this device, so the reply can't be added now. </span><a href="/settings">See what you can do on Your data.</a></p>`, ""
	case !p.hasPlan:
		note, button = `<p id="reply-no-plan">This is a reply to a repair plan made with Mend, but there is no plan on this device. If the plan is yours, you can start one here with their questions and needs in it, and write the rest later.</p>`, "Start a plan with this reply"
	case p.added != "" && !p.addedNow:
		added = el("p#reply-added", txt("You added this reply to your plan on "+readableTime(p.added)+"."))
	}
	return el("section#reply-add-panel.card.reply-add[aria-labelledby=reply-add-title]",
		markup(`<h2 id="reply-add-title">Add it to your plan</h2>`),
		added,
		note,
		when(button != "", func() app.UI {
			return el("button#reply-add.button[type=button]", "click", p.add, txt(button))
		}),
		el("p#reply-said.share-said[role=status]",
			app.Text(p.said),
			when(p.said != "", func() app.UI {
				return app.Raw(`<span> <a id="reply-to-plan" href="/plan">Go to your plan</a></span>`)
			}),
		),
		warning(p.saveErr),
	)
}

// readableTime writes an RFC 3339 time as local words, or leaves it as it
// is when it is not one.
func readableTime(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	return t.Local().Format("Monday 2 January 2006 at 15:04")
}
