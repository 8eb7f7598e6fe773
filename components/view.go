package components

import (
	"errors"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/route"
	"mend/app/share"
	"mend/app/store"
)

// viewPage is what the partner opens: the plan that was shared with them,
// carried in the link's fragment, read-only. Nothing here is stored unless
// the partner asks to keep a copy (store.Kept).
type viewPage struct {
	app.Compo

	live   bool   // running in the browser (prerendering never sees the link)
	hash   string // the link's fragment, as the browser holds it
	shared *share.Shared
	// problem is what is wrong with the link, in plain words.
	problem string
	lock    unlocker
	reply   *replyWriter
	kept    *store.Kept
	// keptUnreadable is set when something is stored as the kept copy
	// but cannot be read: it is left alone until the partner chooses to
	// replace it.
	keptUnreadable bool
	keepFailed     string
	stops          []func()
}

func newViewPage() *viewPage {
	return &viewPage{
		lock:  unlocker{id: "view", intro: share.UserMessage(share.ErrNeedsPassphrase), button: "Open the plan"},
		reply: newReplyWriter(),
	}
}

const viewPurpose = "Read the plan someone chose to share with you. It is read-only, and nothing you do here is sent anywhere."

func (p *viewPage) OnPreRender(ctx app.Context) { setPageMeta(ctx, "A shared plan", viewPurpose) }

func (p *viewPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, "A shared plan", viewPurpose)
	p.read(ctx)
}

func (p *viewPage) OnMount(ctx app.Context) {
	// A second link opened in the same tab changes only the fragment.
	p.stops = []func(){listenWindow(ctx, "hashchange", p.read)}
}

func (p *viewPage) OnDismount() {
	for _, stop := range p.stops {
		stop()
	}
	p.stops = nil
}

// read decodes the link in the address bar. The fragment is read raw from
// location.hash: it is what the browser was given, before any decoding
// that could hide damage.
func (p *viewPage) read(ctx app.Context) {
	if !app.IsClient {
		return
	}
	p.live = true
	// share.Decode undoes what mailers do to a wrapped link.
	p.hash = app.Window().Get("location").Get("hash").String()
	p.shared, p.problem, p.keepFailed = nil, "", ""
	p.lock.reset()
	p.kept, p.keptUnreadable = loadKept()
	if p.hash == "" || p.hash == "#" {
		return
	}
	sh, err := decodeShare(p.hash, "")
	switch {
	case errors.Is(err, share.ErrNeedsPassphrase):
		p.lock.asking = true
	case err != nil:
		p.problem = share.UserMessage(err)
	default:
		p.shared = &sh
	}
}

// elsewhere is where the link opens when it is a reply, not a plan.
func (p *viewPage) elsewhere() string {
	if p.problem != share.UserMessage(share.ErrIsReply) {
		return ""
	}
	return route.Reply + "#" + strings.TrimPrefix(p.hash, "#")
}

// loadKept reads the partner's kept copy. unreadable reports something
// stored as the kept copy that this app cannot read (damaged, edited by
// hand, or from a newer Mend).
func loadKept() (k *store.Kept, unreadable bool) {
	if b := storage(); b != nil {
		k, unreadable, _ = store.LoadKept(b)
	}
	return k, unreadable
}

// open tries a typed passphrase on the link.
func (p *viewPage) open(ctx app.Context, passphrase string) (wrong string) {
	sh, err := decodeShare(p.hash, passphrase)
	switch {
	case errors.Is(err, share.ErrWrongPassphrase):
		return share.UserMessage(err)
	case err != nil:
		p.lock.asking, p.problem = false, share.UserMessage(err)
	default:
		p.lock.asking, p.shared = false, &sh
	}
	return ""
}

func (p *viewPage) keep(ctx app.Context, e app.Event) {
	b := storage()
	if p.shared == nil || b == nil {
		return
	}
	k := store.KeepShared(*p.shared, time.Now())
	if err := store.SaveKept(b, k); err != nil {
		p.keepFailed = store.UserMessage(err)
		return
	}
	p.kept, p.keptUnreadable, p.keepFailed = &k, false, ""
}

func (p *viewPage) forget(ctx app.Context, e app.Event) {
	if b := storage(); b != nil && store.ForgetKept(b) == nil {
		p.kept, p.keptUnreadable = nil, false
	}
}

func (p *viewPage) Render() app.UI {
	return readerShell(
		pageHeading("A shared plan", viewPurpose),
		readerNote(),
		fromDevice(p.body()),
	)
}

// readerNote speaks to the person reading the plan, before the plan does.
func readerNote() app.UI {
	return el("section#view-for-you.card.reader-note[aria-labelledby=view-for-you-heading]",
		markup(`<h2 id="view-for-you-heading">For you</h2>`),
		markup(`<p>You don’t owe a reply, a meeting or forgiveness. You set the pace. You may show this plan to anyone you trust.</p>`),
		el("ul.reader-note-links",
			el("li", el("a#view-for-you-link", "href", route.Side("for-you"), txt("More for you, and where to find support"))),
			el("li", el("a#view-safety-link", "href", route.Side("safety"), txt("When Mend is the wrong tool"))),
		),
	)
}

func (p *viewPage) body() app.UI {
	switch {
	case !p.live:
		return app.Raw(`<p id="view-loading" class="view-status">Opening the shared plan…</p>`)
	case p.problem != "":
		return el("div#view-problem.notice.notice-warning.view-problem[role=alert]",
			el("p", txt(p.problem)),
			when(p.elsewhere() != "", func() app.UI {
				return el("p", el("a#view-elsewhere", "href", p.elsewhere(), txt("Open it as a reply")))
			}),
		)
	case p.lock.asking:
		return p.lock.form(p.open)
	case p.shared != nil:
		return p.plan(*p.shared)
	}
	return app.Raw(`<p id="view-empty">This link holds no plan. If someone meant to share one with you, ask them to send it again.</p>`)
}

func (p *viewPage) plan(sh share.Shared) app.UI {
	return el("div#view-plan",
		p.keptNote(sh),
		sharedPlanView(sh, 2),
		p.keepControls(sh),
		p.replySection(sh),
	)
}

// sameAsKept reports whether the kept copy is this very link.
func (p *viewPage) sameAsKept(sh share.Shared) bool {
	return p.kept != nil && share.Same(p.kept.Shared(), sh)
}

// olderThanKept reports whether the link was made before the kept copy, as
// when a partner reopens an earlier message.
func (p *viewPage) olderThanKept(sh share.Shared) bool {
	return p.kept != nil && sh.Before(p.kept.Shared())
}

// keptNote shows, above a link that is not the kept copy, what differs
// from it: what changed since, for a newer link, and what changed after,
// for an older one.
func (p *viewPage) keptNote(sh share.Shared) app.UI {
	if p.keptUnreadable {
		return app.Raw(`<p id="view-kept-unreadable" class="notice notice-warning" role="status">There is a kept copy on this device, but it can't be read any more, so this link can't be compared with it. It stays as it is unless you keep this plan instead.</p>`)
	}
	if p.kept == nil || p.sameAsKept(sh) {
		return nil
	}
	kept := p.kept.Shared()
	title, intro, changes := "What changed since the copy you kept", "", share.Compare(kept, sh)
	if p.olderThanKept(sh) {
		// Listed from this link to the copy, so "new" means new since then.
		title, intro, changes = "This link is older than the copy you kept", "Since this link was made:", share.Compare(sh, kept)
	}
	return el("section#view-changes.card.view-changes[aria-labelledby=view-changes-title]",
		el("h2#view-changes-title", txt(title)),
		el("p.shared-detail", txt("Your copy: "+sharedWhen(kept))),
		when(intro != "", func() app.UI { return el("p", txt(intro)) }),
		either(changes.None(), func() app.UI {
			return app.Raw(`<p>Nothing in the plan changed.</p>`)
		}, func() app.UI {
			return changesView(changes)
		}),
	)
}

func (p *viewPage) keepControls(sh share.Shared) app.UI {
	note, button, act, label := markup(`<p>Nothing is stored unless you choose to. A kept copy stays only on this device, and lets you see what changes in later links.</p>`), "button#view-keep.button[type=button]", p.keep, "Keep a copy on this device"
	switch {
	case p.sameAsKept(sh):
		note, button, act, label = `<p id="view-kept">A copy of this plan is kept on this device, so you can see later what changes.</p>`, "button#view-forget.button.button-quiet[type=button]", p.forget, "Remove the kept copy"
	case p.olderThanKept(sh):
		note, button, label = `<p>Your kept copy is newer than this link. Keep this older one instead? Later links will then be compared with it.</p>`, "button#view-keep.button.button-quiet[type=button]", "Keep this older copy instead"
	case p.kept != nil:
		note, label = `<p>Keep this version instead of your older copy? Later links will then be compared with this one.</p>`, "Keep this newer copy"
	case p.keptUnreadable:
		note, label = `<p>Keeping this plan replaces the copy that can't be read.</p>`, "Keep this copy instead"
	}
	return keepBox(note, button, false, act, label, p.keepFailed)
}

// keepBox is the part of /view that keeps a copy on this device: what is
// kept now (a note, or none), the one button that changes it, and what
// went wrong the last time.
func keepBox(note markup, button string, disabled bool, act app.EventHandler, label, failed string) app.UI {
	return el("div.view-keep",
		note,
		el(button, "disabled", disabled, "click", act, txt(label)),
		warning(failed),
	)
}

// replySection is the optional "Write back" section, below the plan. What
// was typed stays when another link is opened in the same tab.
func (p *viewPage) replySection(sh share.Shared) app.UI {
	p.reply.planVersion = sh.Version
	return p.reply.Render()
}
