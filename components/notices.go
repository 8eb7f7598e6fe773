package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// notices shows the messages about the app itself: that storage is
// blocked, that an update is ready. (While the app starts, go-app's loader,
// restyled in web/mend.css, shows a small progress label.)
type notices struct {
	app.Compo
	_ [0]func() // not comparable: no generated equality function in app.wasm

	storageBlocked bool
	updateReady    bool
}

func newNotices() *notices { return &notices{} }

// OnInit reads, before the first drawing, whether storage is blocked, so
// the notice is already on the page when OnMount marks the page live.
func (n *notices) OnInit() {
	if app.IsClient {
		// web/storage-guard.js sets this before the app starts when the
		// browser refuses localStorage and an in-memory stand-in is in use.
		n.storageBlocked = app.Window().Get("mendStorage").String() == "memory"
	}
}

func (n *notices) OnMount(ctx app.Context) {
	// Marks the page as live: the WebAssembly runs and the prerendered
	// HTML has been replaced. Styles and the browser tests read it.
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-live", "true")
	app.Window().Get("performance").Call("mark", "app-live")
	n.updateReady = ctx.AppUpdateAvailable()
}

func (n *notices) OnAppUpdate(ctx app.Context) {
	n.updateReady = ctx.AppUpdateAvailable()
}

func (n *notices) Render() app.UI {
	return el("div.notices[role=status]",
		when(n.storageBlocked, func() app.UI {
			return app.Raw(`<p id="storage-blocked" class="notice notice-warning">Your browser is blocking storage for this site, so what you write here will not be kept after you close it. You can still read and try everything.</p>`)
		}),
		when(n.updateReady, func() app.UI {
			return el("p#update-ready.notice.notice-update",
				markup(`<span>A new version of Mend is ready. Your notes are kept. </span>`),
				el("button.button.button-small", "click", func(ctx app.Context, e app.Event) {
					ctx.Reload()
				},
					txt("Reload now"),
				),
			)
		}),
	)
}

// statusLine is a page's live message about what was just saved (class
// "save-status" or the like), shown as a warning when saving failed. more
// are further parts for el.
func statusLine(id, class string, failed bool, message string, more ...any) app.UI {
	if failed {
		class += " notice notice-warning"
	}
	return el("p", append([]any{"id", id, "class", class, "role", "status", txt(message)}, more...)...)
}

// warning says that something went wrong, read out at once; nothing when
// message is empty.
func warning(message string) app.UI {
	if message == "" {
		return nil
	}
	return el("p.notice.notice-warning[role=alert]", txt(message))
}
