package components

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/checker"
	"mend/app/route"
	"mend/app/store"
	"mend/app/workshop"
)

// apologyPage is the workshop at /apology: a draft in a large editor with
// the checker's marks drawn behind it as you type, what the marks mean,
// the five parts of a full apology, the drafts kept on this device, and a
// clean letter to copy or print.
//
// Typing does not re-render the page. The input handler checks the text
// and redraws only the overlay runs that changed (apology_overlay.go);
// the lists, the summary and the save wait for a pause in typing.
type apologyPage struct {
	app.Compo

	drafts  []store.Draft
	current string // ID of the draft in the editor; "" until the first word is typed

	text   string         // what the editor holds now
	saved  string         // the current draft's text as last saved
	live   checker.Report // the report for text, updated on every keystroke
	report checker.Report // the finished draft's report, which the lists show, updated after a pause
	shown  string         // the text report is for
	active int            // the marked finding under the caret, or -1

	typing    int  // counts keystrokes, so only the last one's pause acts
	pausing   bool // a keystroke's pause is still to come
	letter    bool
	renaming  bool
	saveError string

	status   string
	undo     *workshop.Removed
	statusID int

	overlay      overlayPainter
	stopWatching func()
	mounted      bool

	checkerTrouble bool // the checker's data could not be had; it is tried again
	checkerBusy    bool // a fetch of the checker's data, or a try again, is on its way
	checkerTries   int  // fetches of the checker's data that failed in a row, and the one under way
}

func newApologyPage() *apologyPage { return &apologyPage{active: -1} }

const apologyPagePurpose = "Write your apology in private. The checker shows what could get in the way and what a full apology includes."

// typingPause is how long typing must stop before the draft is saved and
// the summary read out.
const typingPause = 600 * time.Millisecond

// statusTime is how long a status message (with its undo) stays.
const statusTime = 10 * time.Second

func (p *apologyPage) OnPreRender(ctx app.Context) {
	setPageMeta(ctx, "Apology workshop", apologyPagePurpose)
}

func (p *apologyPage) OnMount(ctx app.Context) {
	p.mounted = true
	p.stopWatching = whenHidden(func() { ctx.Dispatch(p.save) })
}

func (p *apologyPage) OnDismount() {
	p.mounted = false
	if p.stopWatching != nil {
		p.stopWatching()
	}
}

func (p *apologyPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, "Apology workshop", apologyPagePurpose)
	doc := loadDoc()
	p.drafts = doc.Drafts
	p.open(ctx, workshop.Latest(p.drafts))
	p.needChecker(ctx)
}

// open puts the draft with id (or an empty editor) in the editor.
func (p *apologyPage) open(ctx app.Context, id string) {
	p.current, p.text = "", ""
	if i := workshop.Find(p.drafts, id); i >= 0 {
		p.current, p.text = id, p.drafts[i].Text
	}
	p.saved = p.text
	p.letter, p.renaming, p.active = false, false, -1
	p.live = checker.Check(p.text)
	// The editor's value is set here, not rendered: rendering it would put
	// back a stale value under the caret while the person types. The
	// editor is always in the page once it is mounted (the letter view
	// only hides it), so it can be set at once.
	setEditorValue(p.text)
	p.settleReport()
}

// settleReport reads the draft as finished, once typing pauses, the
// editor loses focus or a draft is opened: its last sentence counts as
// ended even with no full stop, and the lists and the marks show that
// reading. While typing, each keystroke's marks come from the live read.
func (p *apologyPage) settleReport() {
	if p.text != p.shown || p.report.Components == nil || p.report.Waiting() {
		p.report = checker.CheckFinished(p.text)
	}
	p.shown = p.text
	p.overlay.paint(p.text, p.report.Findings)
}

// onInput runs on every keystroke: check, redraw the changed marks, and
// leave the rest of the page alone until typing pauses.
func (p *apologyPage) onInput(ctx app.Context) {
	ctx.PreventUpdate()
	p.text = ctx.JSSrc().Get("value").String()
	p.live = checker.Check(p.text)
	p.overlay.paint(p.text, p.live.Findings)
	p.typing++
	p.pausing = true
	n := p.typing
	ctx.After(typingPause, func(ctx app.Context) {
		if n != p.typing {
			ctx.PreventUpdate()
			return
		}
		p.pausing = false
		p.settleReport()
		p.active = workshop.At(workshop.Marked(p.text, p.report.Findings), caret())
		p.save(ctx)
	})
}

// onCaret shows the detail of the mark under the caret after a tap or a
// move with the keys.
func (p *apologyPage) onCaret(ctx app.Context, e app.Event) {
	if e.Get("type").String() == "keyup" && !caretKeys[e.Get("key").String()] {
		ctx.PreventUpdate()
		return
	}
	p.settleReport()
	p.active = workshop.At(workshop.Marked(p.text, p.report.Findings), caret())
}

var caretKeys = map[string]bool{
	"ArrowLeft": true, "ArrowRight": true, "ArrowUp": true, "ArrowDown": true,
	"Home": true, "End": true, "PageUp": true, "PageDown": true,
}

// save keeps the editor's text in the current draft, making the draft on
// the first word. On failure the text stays in the editor and the
// message says what happened.
func (p *apologyPage) save(ctx app.Context) {
	if p.text == p.saved {
		return
	}
	text, id := p.text, p.current
	now := time.Now()
	var made store.Draft
	err := updateDoc(ctx, func(d *store.Document) {
		d.Drafts, made = workshop.SaveText(d.Drafts, id, text, now)
	})
	if err != nil {
		p.saveError = store.UserMessage(err)
		return
	}
	p.saveError = ""
	p.saved = text
	if made.ID != "" {
		p.current = made.ID
	}
	p.drafts = loadDoc().Drafts
}

// change saves a change to the list of drafts, reporting a failure.
func (p *apologyPage) change(ctx app.Context, f func(*store.Document)) bool {
	p.save(ctx)
	if err := updateDoc(ctx, f); err != nil {
		p.saveError = store.UserMessage(err)
		return false
	}
	p.saveError = ""
	p.drafts = loadDoc().Drafts
	return true
}

func (p *apologyPage) newDraft(ctx app.Context, name, text string) {
	var made store.Draft
	if p.change(ctx, func(d *store.Document) {
		made = workshop.NewDraft(d.Drafts, time.Now(), name, text)
		d.Drafts = append(d.Drafts, made)
	}) {
		p.open(ctx, made.ID)
		p.say(ctx, "Started “"+made.Name+"”.", nil)
		focusEditor()
	}
}

func (p *apologyPage) duplicate(ctx app.Context) {
	i := workshop.Find(p.drafts, p.current)
	if i < 0 {
		return
	}
	src := p.drafts[i]
	src.Text = p.text
	var made store.Draft
	if p.change(ctx, func(d *store.Document) {
		made = workshop.Duplicate(d.Drafts, src, time.Now())
		d.Drafts = append(d.Drafts, made)
	}) {
		p.open(ctx, made.ID)
		p.say(ctx, "Made “"+made.Name+"”.", nil)
	}
}

func (p *apologyPage) remove(ctx app.Context) {
	id := p.current
	var removed workshop.Removed
	var ok bool
	if p.change(ctx, func(d *store.Document) {
		d.Drafts, removed, ok = workshop.Remove(d.Drafts, id)
	}) && ok {
		p.open(ctx, workshop.Latest(p.drafts))
		p.say(ctx, "Deleted “"+removed.Draft.Name+"”.", &removed)
	}
}

func (p *apologyPage) restore(ctx app.Context) {
	if p.undo == nil {
		return
	}
	r := *p.undo
	if p.change(ctx, func(d *store.Document) { d.Drafts = workshop.Restore(d.Drafts, r) }) {
		p.open(ctx, r.Draft.ID)
		p.say(ctx, "Brought back “"+r.Draft.Name+"”.", nil)
	}
}

func (p *apologyPage) rename(ctx app.Context, name string) {
	id := p.current
	if workshop.Find(p.drafts, id) < 0 {
		p.renaming = false
		return
	}
	if p.change(ctx, func(d *store.Document) { d.Drafts, name = workshop.Rename(d.Drafts, id, name) }) {
		p.renaming = false
		p.say(ctx, "Renamed to “"+name+"”.", nil)
	}
}

func (p *apologyPage) switchTo(ctx app.Context, id string) {
	p.save(ctx)
	p.open(ctx, id)
	p.status, p.undo = "", nil
}

// say shows a status message for a while, with an undo when given.
func (p *apologyPage) say(ctx app.Context, message string, undo *workshop.Removed) {
	p.statusID++
	n := p.statusID
	p.status, p.undo = message, undo
	ctx.After(statusTime, func(ctx app.Context) {
		if n == p.statusID {
			p.status, p.undo = "", nil
		}
	})
}

func (p *apologyPage) Render() app.UI {
	return shell(route.Apology,
		pageHeading("Apology workshop", "Write it here first. The checker marks what could get in the way, and shows which parts of a full apology are there."),
		el("p.workshop-note",
			app.Text("If they want to meet and feel safe with you, say it face to face; writing it here first helps you find the words. If not, a letter sent once is the right way. "),
			el("a#workshop-safety", "href", route.Side("safety"), txt("Read Safety first")),
			app.Text(" if there has been violence or threats."),
		),
		p.renderDrafts(),
		el("div.workshop-write", "hidden", p.letter,
			p.renderEditor(),
			p.renderDetail(),
			p.renderFindings(),
			p.renderParts(),
		),
		p.renderLetter(),
		p.renderExamples(),
	)
}
