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
	status := app.P().ID("data-status").Class("save-status").Role("status")
	if p.failed {
		status = status.Class("notice notice-warning")
	}
	return shell(route.Settings,
		pageHeading("Your data", settingsPagePurpose),
		app.If(p.problem != nil, p.problemCard),
		status.Text(p.message),
		p.promise(),
		p.exportCard(),
		p.importCard(),
		p.persistCard(),
		newInstallHint(),
		p.deleteCard(),
	)
}

// problemCard explains that the stored data cannot be read and offers the
// ways out. Nothing is overwritten until the user picks one.
func (p *settingsPage) problemCard() app.UI {
	pr := p.problem
	return app.Section().ID("problem").Class("card data-section notice-warning").Aria("labelledby", "problem-title").Body(
		app.H2().ID("problem-title").Text("Mend cannot read what is stored here"),
		app.P().Text(pr.Message),
		app.P().Text("Nothing has been changed or thrown away. Until you choose below, Mend will not save anything over it."),
		app.If(pr.Raw != "" && p.rawURL != "", func() app.UI {
			return app.A().ID("problem-download").Class("button button-quiet").Href(p.rawURL).
				Download("mend-unreadable-" + dayStamp(time.Now()) + ".txt").Text("Download the stored text")
		}),
		app.Div().Class("actions").Body(
			app.If(pr.HasPrevious, func() app.UI {
				label := "Restore the earlier copy"
				if pr.PreviousUpdated != "" {
					label += " (saved " + shortTime(pr.PreviousUpdated) + ")"
				}
				return app.Button().Type("button").ID("problem-restore").Class("button").Text(label).
					OnClick(func(ctx app.Context, e app.Event) {
						p.done(ctx, openStore().RestorePrevious(), "The earlier copy is back. What could not be read is kept aside on this device.")
					})
			}),
			app.Button().Type("button").ID("problem-fresh").Class("button button-quiet").Text("Start fresh, keeping the old text aside").
				OnClick(p.onStartFresh),
		),
		app.If(p.noRoom, p.noRoomChoice),
	)
}

func (p *settingsPage) onStartFresh(ctx app.Context, e app.Event) {
	err := openStore().StartFresh()
	p.noRoom = errors.Is(err, store.ErrQuota)
	p.done(ctx, err, "You are starting fresh. The text that could not be read is kept aside on this device until you delete everything.")
}

// noRoomChoice is the way out when the browser is too full to keep the
// unreadable text aside: download it, then start fresh without a copy.
func (p *settingsPage) noRoomChoice() app.UI {
	return app.Div().ID("problem-no-room").Class("entry").Body(
		app.P().Text("There is no room here to keep a copy. Download the stored text first, so you still have it. Then you can start fresh without keeping a copy on this device."),
		app.Button().Type("button").ID("problem-fresh-no-copy").Class("button button-quiet").Text("Start fresh without keeping a copy here").
			OnClick(func(ctx app.Context, e app.Event) {
				err := openStore().StartFreshWithoutCopy()
				p.noRoom = err != nil && p.noRoom
				p.done(ctx, err, "You are starting fresh. The text that could not be read was not kept on this device.")
			}),
	)
}

func (p *settingsPage) promise() app.UI {
	return app.Section().ID("where").Class("card data-section").Aria("labelledby", "where-title").Body(
		app.H2().ID("where-title").Text("What is kept, and where"),
		app.P().Text("Everything you write in Mend — your plan, check-ins, apology drafts and which guide steps you marked — is kept in this browser's storage on this device, and nowhere else. So is a plan someone shared with you, if you chose to keep a copy."),
		app.P().Text("There is no account and no server that holds your words. Mend sends nothing anywhere: no tracking, no analytics. The only thing that ever leaves this device is a share link, and only when you make one and hand it on."),
		app.P().Text("Clearing this browser's data for this site deletes what Mend keeps. A backup file is the way to keep a copy or move to another device."),
	)
}

func (p *settingsPage) exportCard() app.UI {
	return app.Section().ID("export").Class("card data-section").Aria("labelledby", "export-title").Body(
		app.H2().ID("export-title").Text("Make a backup"),
		app.P().Text("A backup is one file with everything Mend keeps for you. Keep it somewhere safe: anyone who opens it can read it, unless you lock it with a passphrase."),
		app.Div().Class("field").Body(
			app.Label().For("export-passphrase").Text("Passphrase (optional)"),
			app.Input().Type("password").ID("export-passphrase").Class("input").AutoComplete(false).
				Aria("describedby", "export-passphrase-hint").Value(p.passphrase).
				OnInput(func(ctx app.Context, e app.Event) {
					p.passphrase = ctx.JSSrc().Get("value").String()
					releaseFileURL(p.exportURL)
					p.exportURL = ""
				}),
			app.P().ID("export-passphrase-hint").Class("field-hint").Text("If you set one, the file can only be opened with it. Mend cannot recover a forgotten passphrase."),
		),
		app.If(p.exportURL == "", func() app.UI {
			return app.Button().Type("button").ID("export-make").Class("button").Text("Make the backup file").OnClick(p.onExport)
		}).Else(func() app.UI {
			return app.A().ID("export-download").Class("button").Href(p.exportURL).Download(p.exportName).Text("Download " + p.exportName)
		}),
	)
}

func (p *settingsPage) onExport(ctx app.Context, e app.Event) {
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
	return app.Section().ID("import").Class("card data-section").Aria("labelledby", "import-title").Body(
		app.H2().ID("import-title").Text("Restore a backup"),
		app.P().Text("Choose a backup file made by Mend. You will see what it holds before anything changes here."),
		app.Div().Class("field").Body(
			app.Label().For("import-file").Text("Backup file"),
			app.Input().Type("file").ID("import-file").Class("input file-input").Accept(".json,application/json").OnChange(p.onChooseFile),
		),
		app.If(p.needsPass, func() app.UI {
			return app.Div().Body(
				app.Div().Class("field").Body(
					app.Label().For("import-passphrase").Text("This backup is locked. Its passphrase:"),
					app.Input().Type("password").ID("import-passphrase").Class("input").AutoComplete(false).Value(p.importPass).
						OnInput(func(ctx app.Context, e app.Event) { p.importPass = ctx.JSSrc().Get("value").String() }),
				),
				app.Button().Type("button").ID("import-unlock").Class("button").Text("Open the backup").OnClick(func(ctx app.Context, e app.Event) {
					p.readImport(store.ImportWithPassphrase(p.importData, p.importPass))
				}),
			)
		}),
		app.If(p.importError != "", func() app.UI {
			return app.P().ID("import-error").Class("notice notice-warning").Role("alert").Text(p.importError)
		}),
		app.If(p.imported != nil, p.importPreview),
	)
}

func (p *settingsPage) onChooseFile(ctx app.Context, e app.Event) {
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

func (p *settingsPage) importPreview() app.UI {
	s := p.importSummary
	line := func(n int, one, many string) app.UI {
		if n == 1 {
			return app.Li().Text("1 " + one)
		}
		return app.Li().Text(strconv.Itoa(n) + " " + many)
	}
	return app.Div().ID("import-preview").Class("entry").Body(
		app.H3().Text("This backup holds"),
		app.Ul().Class("summary-list").Body(
			app.If(s.Exported != "", func() app.UI { return app.Li().Text("Made " + shortTime(s.Exported)) }),
			line(s.SectionsFilled, "plan section with writing", "plan sections with writing"),
			line(s.Commitments, "commitment", "commitments"),
			line(s.CheckIns, "check-in", "check-ins"),
			line(s.Drafts, "draft", "drafts"),
			line(s.GuideDone, "guide step marked done", "guide steps marked done"),
			line(s.Shares, "share link made", "share links made"),
		),
		app.P().Text("Replacing puts the backup in place of everything Mend keeps here now. Nothing is merged."),
		app.Div().Class("actions").Body(
			app.Button().Type("button").ID("import-replace").Class("button").Text("Replace what's here").OnClick(p.onReplace),
			app.Button().Type("button").ID("import-keep").Class("button button-quiet").Text("Keep what's here").OnClick(func(ctx app.Context, e app.Event) {
				p.clearImport()
				p.message, p.failed = "Nothing changed. Your data here is as it was.", false
			}),
		),
	)
}

func (p *settingsPage) clearImport() {
	p.imported, p.importData, p.importName, p.importPass, p.needsPass, p.importError = nil, nil, "", "", false, ""
}

func (p *settingsPage) onReplace(ctx app.Context, e app.Event) {
	replacement := p.imported.Clone()
	err := updateDoc(ctx, func(doc *store.Document) { *doc = replacement })
	if err == nil {
		p.clearImport()
	}
	p.done(ctx, err, "The backup is restored. Everything from it is here now.")
}

func (p *settingsPage) persistCard() app.UI {
	return app.Section().ID("persist").Class("card data-section").Aria("labelledby", "persist-title").Body(
		app.H2().ID("persist-title").Text("Ask the browser to keep your data"),
		app.P().Text("When a device runs short of space, a browser may clear what sites have stored. You can ask it not to clear Mend's."),
		app.Button().Type("button").ID("persist-ask").Class("button button-quiet").Text("Keep my data").OnClick(func(ctx app.Context, e app.Event) {
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
		}),
		app.P().ID("persist-result").Role("status").Text(p.persistResult),
	)
}

func (p *settingsPage) deleteCard() app.UI {
	return app.Section().ID("delete").Class("card data-section").Aria("labelledby", "delete-title").Body(
		app.H2().ID("delete-title").Text("Delete everything on this device"),
		app.If(!p.confirmDelete, func() app.UI {
			return app.Button().Type("button").ID("delete-start").Class("button button-quiet").Text("Delete everything…").
				OnClick(func(ctx app.Context, e app.Event) { p.confirmDelete = true })
		}).Else(func() app.UI {
			return app.Div().ID("delete-confirm").Body(
				app.P().Text("This deletes, from this browser on this device:"),
				app.Ul().Class("summary-list").Body(
					app.Li().Text("your whole repair plan"),
					app.Li().Text("every check-in and note"),
					app.Li().Text("your apology drafts"),
					app.Li().Text("which guide steps you marked done"),
					app.Li().Text("the record of share links you made, and any earlier or set-aside copies"),
					app.Li().Text("a plan someone shared with you, if you kept a copy of it"),
				),
				app.P().Text("It cannot be undone. Backup files you downloaded, and links you already shared, are not affected."),
				app.Div().Class("actions").Body(
					app.Button().Type("button").ID("delete-confirm-button").Class("button button-danger").Text("Yes, delete everything").
						OnClick(func(ctx app.Context, e app.Event) {
							p.confirmDelete = false
							p.done(ctx, openStore().DeleteEverything(), "Everything Mend kept on this device is deleted.")
						}),
					app.Button().Type("button").ID("delete-cancel").Class("button button-quiet").Text("Cancel, keep everything").
						OnClick(func(ctx app.Context, e app.Event) { p.confirmDelete = false }),
				),
			)
		}),
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
