package components

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/checker"
)

// The app the site ships carries no checker data in app.wasm (-tags
// fetchdata): the site build writes it as one file under a name that
// follows its bytes, tells the program that name through go-app's
// environment, and has the service worker keep the file for offline use.
// The page that reads drafts, the workshop, fetches it as it opens, at
// start-up when a visit lands there; a service worker already holds it.

// CheckerDataEnv is the environment variable (app.Getenv) that holds the
// address of the checker's data file.
const CheckerDataEnv = "MEND_CHECKER_DATA"

// checkerRetries are how long to wait before trying again after one, two,
// three or more failures in a row.
var checkerRetries = []time.Duration{5 * time.Second, 15 * time.Second, time.Minute}

// needChecker fetches the checker's data unless it is here or on its way.
// When it arrives the draft is read again; when it cannot be had (missing,
// damaged, offline before the service worker kept it) the page says so
// calmly and tries again later. The draft and its saving never wait for it.
func (p *apologyPage) needChecker(ctx app.Context) {
	if checker.Ready() || p.checkerBusy || !app.IsClient {
		return
	}
	p.checkerBusy = true
	p.checkerTries++
	// A try after a failure asks the server rather than the HTTP cache,
	// which may hold the copy that failed.
	cache := "default"
	if p.checkerTries > 1 {
		cache = "no-cache"
	}
	var onResponse, onBytes app.Func
	onResponse = app.FuncOf(func(_ app.Value, args []app.Value) any {
		if args[0].Get("ok").Bool() {
			return args[0].Call("arrayBuffer")
		}
		return nil
	})
	onBytes = app.FuncOf(func(_ app.Value, args []app.Value) any {
		onResponse.Release()
		onBytes.Release()
		// The bytes, or nothing: null for a refused response, an error
		// when the fetch or the read failed.
		if b := args[0]; b.Truthy() && b.Get("byteLength").Truthy() {
			array := app.Window().Get("Uint8Array").New(b)
			asset := make([]byte, array.Length())
			app.CopyBytesToGo(asset, array)
			checker.Load(asset) // refused data leaves the checker not Ready
		}
		ctx.Dispatch(p.checkerFetched)
		return nil
	})
	app.Window().Call("fetch", app.Getenv(CheckerDataEnv), map[string]any{"cache": cache}).
		Call("then", onResponse).Call("then", onBytes, onBytes)
}

func (p *apologyPage) checkerFetched(ctx app.Context) {
	if checker.Ready() && !p.checkerTrouble && !p.live.Waiting() && !p.report.Waiting() {
		// Nothing was waiting (an empty draft, as on a first visit): the
		// page stays as it is, with no redraw during start-up.
		p.checkerBusy, p.checkerTries = false, 0
		ctx.PreventUpdate()
		return
	}
	if checker.Ready() {
		p.live = checker.Check(p.text) // compiles the rules, which may still refuse them
		if p.pausing {
			// Mid-typing, the last words are not read as finished
			// before the pause: the keystroke's own timer settles them.
			p.overlay.paint(p.text, p.live.Findings)
		} else {
			p.settleReport()
		}
	}
	if p.checkerTrouble = !checker.Ready(); !p.checkerTrouble {
		p.checkerBusy, p.checkerTries = false, 0
		return
	}
	ctx.After(checkerRetries[min(p.checkerTries, len(checkerRetries))-1], func(ctx app.Context) {
		p.checkerBusy = false
		if p.mounted {
			p.needChecker(ctx)
		}
	})
}
