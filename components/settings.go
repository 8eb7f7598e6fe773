package components

import (
	"errors"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/route"
	"mend/app/store"
)

// settingsPage is the page at /settings, "Your data": backups, restoring
// one, deleting everything, keeping storage, installing, and what is kept
// where.
type settingsPage struct {
	app.Compo

	doc     store.Document
	problem *store.Problem
	rawURL  string // the unreadable text, as a download
	// noRoom is set when starting fresh failed because there is no room to
	// keep the unreadable text aside: the page then offers to start fresh
	// without keeping it, as the store's message promises.
	noRoom  bool
	message string
	failed  bool

	passphrase string
	exportURL  string
	exportName string

	importData    []byte
	importName    string
	importPass    string
	needsPass     bool
	imported      *store.Document
	importSummary store.Summary
	importError   string

	confirmDelete bool
	persistResult string

	stop func()
}

func newSettingsPage() *settingsPage { return &settingsPage{} }

const settingsPagePurpose = "Back up, restore or delete what Mend keeps on this device, and install it on your home screen."

func (p *settingsPage) OnPreRender(ctx app.Context) {
	setPageMeta(ctx, "Your data", settingsPagePurpose)
}

func (p *settingsPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, "Your data", settingsPagePurpose)
	p.refresh(ctx)
}

func (p *settingsPage) OnMount(ctx app.Context) {
	p.refresh(ctx)
	p.stop = listenWindow(ctx, "storage", p.refresh)
}

func (p *settingsPage) OnDismount() {
	if p.stop != nil {
		p.stop()
		p.stop = nil
	}
	p.releaseFiles()
}

func (p *settingsPage) releaseFiles() {
	releaseFileURL(p.rawURL)
	releaseFileURL(p.exportURL)
	p.rawURL, p.exportURL = "", ""
}

// refresh reads what is stored now. A backup made earlier is dropped: it
// would no longer be what is here.
func (p *settingsPage) refresh(ctx app.Context) {
	p.doc = loadDoc()
	problem := storeProblem()
	if problem != nil && (p.problem == nil || problem.Raw != p.problem.Raw) {
		releaseFileURL(p.rawURL)
		p.rawURL = fileURL([]byte(problem.Raw), "application/octet-stream")
	}
	p.problem = problem
}

func (p *settingsPage) done(ctx app.Context, err error, success string) {
	if err != nil {
		p.message, p.failed = store.UserMessage(err), true
		return
	}
	p.message, p.failed = success, false
	releaseFileURL(p.exportURL)
	p.exportURL = ""
	p.refresh(ctx)
}

func (p *settingsPage) Render() app.UI {
	return shell(route.Settings,
		pageHeading("Your data", settingsPagePurpose),
		p.problemCard(),
		statusLine("data-status", "save-status", p.failed, p.message),
		p.promise(),
		p.exportCard(),
		p.importCard(),
		p.persistCard(),
		newInstallHint(),
		p.deleteCard(),
	)
}

// problemCard explains that the stored data cannot be read and offers the
// ways out, when there is such a problem. Nothing is overwritten until the
// user picks one.
func (p *settingsPage) problemCard() app.UI {
	pr := p.problem
	if pr == nil {
		return nil
	}
	var restore app.UI
	if pr.HasPrevious {
		label := "Restore the earlier copy"
		if pr.PreviousUpdated != "" {
			label += " (saved " + shortTime(pr.PreviousUpdated) + ")"
		}
		restore = el("button[type=button]#problem-restore.button", "click", p.act, txt(label))
	}
	return el("section#problem.card.data-section.notice-warning[aria-labelledby=problem-title]",
		markup(`<h2 id="problem-title">Mend cannot read what is stored here</h2>`),
		el("p", txt(pr.Message)),
		markup(`<p>Nothing has been changed or thrown away. Until you choose below, Mend will not save anything over it.</p>`),
		elIf(pr.Raw != "" && p.rawURL != "", "a#problem-download.button.button-quiet", "href", p.rawURL, "download", "mend-unreadable-"+dayStamp(time.Now())+".txt",
			txt("Download the stored text"),
		),
		el("div.actions",
			restore,
			el("button[type=button]#problem-fresh.button.button-quiet", "click", p.act,
				txt("Start fresh, keeping the old text aside"),
			),
		),
		elIf(p.noRoom, "div#problem-no-room.entry",
			markup(`<p>There is no room here to keep a copy. Download the stored text first, so you still have it. Then you can start fresh without keeping a copy on this device.</p>`),
			el("button[type=button]#problem-fresh-no-copy.button.button-quiet", "click", p.act,
				txt("Start fresh without keeping a copy here"),
			),
		),
	)
}

// act does what the page's buttons and fields ask, told apart by the
// element's id: one handler for the page instead of one per control.
func (p *settingsPage) act(ctx app.Context, e app.Event) {
	switch ctx.JSSrc().Get("id").String() {
	case "problem-restore":
		p.done(ctx, openStore().RestorePrevious(), "The earlier copy is back. What could not be read is kept aside on this device.")
	case "problem-fresh":
		err := openStore().StartFresh()
		p.noRoom = errors.Is(err, store.ErrQuota)
		p.done(ctx, err, "You are starting fresh. The text that could not be read is kept aside on this device until you delete everything.")
	case "problem-fresh-no-copy":
		err := openStore().StartFreshWithoutCopy()
		p.noRoom = err != nil && p.noRoom
		p.done(ctx, err, "You are starting fresh. The text that could not be read was not kept on this device.")
	case "export-passphrase":
		p.passphrase = ctx.JSSrc().Get("value").String()
		releaseFileURL(p.exportURL)
		p.exportURL = ""
	case "export-make":
		p.export()
	case "import-file":
		p.chooseFile(ctx)
	case "import-passphrase":
		p.importPass = ctx.JSSrc().Get("value").String()
	case "import-unlock":
		p.readImport(store.ImportWithPassphrase(p.importData, p.importPass))
	case "import-replace":
		p.replace(ctx)
	case "import-keep":
		p.clearImport()
		p.message, p.failed = "Nothing changed. Your data here is as it was.", false
	case "persist-ask":
		requestPersistence(func(persisted bool, err error) {
			ctx.Dispatch(func(ctx app.Context) {
				switch {
				case persisted:
					p.persistResult = "Done: this browser will keep Mend's data even when space runs low."
				case err != nil:
					p.persistResult = "This browser does not let sites ask for this. A backup file is the safest way to keep a copy."
				default:
					p.persistResult = "This browser said no for now; it often agrees once Mend is installed or used more. A backup file keeps a copy either way."
				}
			})
		})
	case "delete-start":
		p.confirmDelete = true
	case "delete-confirm-button":
		p.confirmDelete = false
		p.done(ctx, openStore().DeleteEverything(), "Everything Mend kept on this device is deleted.")
	case "delete-cancel":
		p.confirmDelete = false
	}
}

func (p *settingsPage) promise() app.UI {
	return app.Raw(`<section id="where" class="card data-section" aria-labelledby="where-title"><h2 id="where-title">What is kept, and where</h2><p>Everything you write in Mend — your plan, check-ins, apology drafts and which guide steps you marked — is kept in this browser's storage on this device, and nowhere else. So is a plan someone shared with you, if you chose to keep a copy.</p><p>There is no account and no server that holds your words. Mend sends nothing anywhere: no tracking, no analytics. The only thing that ever leaves this device is a share link, and only when you make one and hand it on.</p><p>Clearing this browser's data for this site deletes what Mend keeps. A backup file is the way to keep a copy or move to another device.</p></section>`)
}

func (p *settingsPage) exportCard() app.UI {
	return el("section#export.card.data-section[aria-labelledby=export-title]",
		markup(`<h2 id="export-title">Make a backup</h2>`),
		markup(`<p>A backup is one file with everything Mend keeps for you. Keep it somewhere safe: anyone who opens it can read it, unless you lock it with a passphrase.</p>`),
		el("div.field",
			markup(`<label for="export-passphrase">Passphrase (optional)</label>`),
			el("input[type=password]#export-passphrase.input[autocomplete=off][aria-describedby=export-passphrase-hint]", "value", p.passphrase, "input", p.act),
			markup(`<p id="export-passphrase-hint" class="field-hint">If you set one, the file can only be opened with it. Mend cannot recover a forgotten passphrase.</p>`),
		),
		elIf(p.exportURL == "", "button[type=button]#export-make.button", "click", p.act, txt("Make the backup file")),
		elIf(p.exportURL != "", "a#export-download.button", "href", p.exportURL, "download", p.exportName, txt("Download "+p.exportName)),
	)
}

func (p *settingsPage) export() {
	var (
		data []byte
		name string
		err  error
	)
	if p.passphrase != "" {
		data, name, err = store.ExportEncrypted(p.doc, time.Now(), p.passphrase)
	} else {
		data, name, err = store.Export(p.doc, time.Now())
	}
	if err != nil {
		p.message, p.failed = store.UserMessage(err), true
		return
	}
	p.exportURL, p.exportName = fileURL(data, "application/json"), name
	p.message, p.failed = "Your backup file is ready to download.", false
}

func (p *settingsPage) importCard() app.UI {
	return el("section#import.card.data-section[aria-labelledby=import-title]",
		markup(`<h2 id="import-title">Restore a backup</h2>`),
		markup(`<p>Choose a backup file made by Mend. You will see what it holds before anything changes here.</p>`),
		el("div.field",
			markup(`<label for="import-file">Backup file</label>`),
			el("input[type=file]#import-file.input.file-input[accept=.json,application/json]", "change", p.act),
		),
		elIf(p.needsPass, "div",
			el("div.field",
				markup(`<label for="import-passphrase">This backup is locked. Its passphrase:</label>`),
				el("input[type=password]#import-passphrase.input[autocomplete=off]", "value", p.importPass, "input", p.act),
			),
			el("button[type=button]#import-unlock.button", "click", p.act, txt("Open the backup")),
		),
		elIf(p.importError != "", "p#import-error.notice.notice-warning[role=alert]", txt(p.importError)),
		p.importPreview(),
	)
}

func (p *settingsPage) chooseFile(ctx app.Context) {
	readChosenFile(ctx, func(ctx app.Context, name string, data []byte, ok bool) {
		p.imported, p.importError, p.needsPass, p.importPass = nil, "", false, ""
		if !ok {
			p.importError = "That file could not be opened. Nothing here has changed."
			return
		}
		p.importData, p.importName = data, name
		p.readImport(store.Import(data))
	})
}

func (p *settingsPage) readImport(doc store.Document, summary store.Summary, err error) {
	p.imported, p.importError = nil, ""
	switch {
	case err == nil:
		p.imported, p.importSummary, p.needsPass = &doc, summary, false
	case errors.Is(err, store.ErrNeedsPassphrase):
		p.needsPass = true
	default:
		p.importError = store.UserMessage(err) + " Nothing here has changed."
	}
}

// importPreview is what a chosen backup holds, once it has been read.
func (p *settingsPage) importPreview() app.UI {
	if p.imported == nil {
		return nil
	}
	s := p.importSummary
	line := func(n int, one, many string) app.UI {
		if n == 1 {
			return el("li", txt("1 "+one))
		}
		return el("li", txt(strconv.Itoa(n)+" "+many))
	}
	return el("div#import-preview.entry",
		markup(`<h3>This backup holds</h3>`),
		el("ul.summary-list",
			elIf(s.Exported != "", "li", txt("Made "+shortTime(s.Exported))),
			line(s.SectionsFilled, "plan section with writing", "plan sections with writing"),
			line(s.Commitments, "commitment", "commitments"),
			line(s.CheckIns, "check-in", "check-ins"),
			line(s.Drafts, "draft", "drafts"),
			line(s.GuideDone, "guide step marked done", "guide steps marked done"),
			line(s.Shares, "share link made", "share links made"),
		),
		markup(`<p>Replacing puts the backup in place of everything Mend keeps here now. Nothing is merged.</p>`),
		el("div.actions",
			el("button[type=button]#import-replace.button", "click", p.act, txt("Replace what's here")),
			el("button[type=button]#import-keep.button.button-quiet", "click", p.act,
				txt("Keep what's here"),
			),
		),
	)
}

func (p *settingsPage) clearImport() {
	p.imported, p.importData, p.importName, p.importPass, p.needsPass, p.importError = nil, nil, "", "", false, ""
}

func (p *settingsPage) replace(ctx app.Context) {
	replacement := p.imported.Clone()
	err := updateDoc(ctx, func(doc *store.Document) { *doc = replacement })
	if err == nil {
		p.clearImport()
	}
	p.done(ctx, err, "The backup is restored. Everything from it is here now.")
}

func (p *settingsPage) persistCard() app.UI {
	return el("section#persist.card.data-section[aria-labelledby=persist-title]",
		markup(`<h2 id="persist-title">Ask the browser to keep your data</h2>`),
		markup(`<p>When a device runs short of space, a browser may clear what sites have stored. You can ask it not to clear Mend's.</p>`),
		el("button[type=button]#persist-ask.button.button-quiet", "click", p.act,
			txt("Keep my data"),
		),
		el("p#persist-result[role=status]", txt(p.persistResult)),
	)
}

func (p *settingsPage) deleteCard() app.UI {
	return el("section#delete.card.data-section[aria-labelledby=delete-title]",
		markup(`<h2 id="delete-title">Delete everything on this device</h2>`),
		elIf(!p.confirmDelete, "button[type=button]#delete-start.button.button-quiet", "click", p.act,
			txt("Delete everything…"),
		),
		elIf(p.confirmDelete, "div#delete-confirm",
			markup(`<p>This deletes, from this browser on this device:</p>`),
			markup(`<ul class="summary-list"><li>your whole repair plan</li><li>every check-in and note</li><li>your apology drafts</li><li>which guide steps you marked done</li><li>the record of share links you made, and any earlier or set-aside copies</li><li>a plan someone shared with you, if you kept a copy of it</li></ul>`),
			markup(`<p>It cannot be undone. Backup files you downloaded, and links you already shared, are not affected.</p>`),
			el("div.actions",
				el("button[type=button]#delete-confirm-button.button.button-danger", "click", p.act,
					txt("Yes, delete everything"),
				),
				el("button[type=button]#delete-cancel.button.button-quiet", "click", p.act,
					txt("Cancel, keep everything"),
				),
			),
		),
	)
}

// shortTime writes an RFC 3339 time as a local date and time, or returns it
// as it is if it cannot be read.
func shortTime(rfc3339 string) string {
	t, err := time.Parse(time.RFC3339, rfc3339)
	if err != nil {
		return rfc3339
	}
	return t.Local().Format("2 January 2006, 15:04")
}

func dayStamp(t time.Time) string { return t.Format("2006-01-02") }
