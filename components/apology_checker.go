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

// checkerFetch is the one fetch of the checker's data: the pages that
// need it wait on it together.
var checkerFetch struct {
	running bool
	tries   int
	waiting []func(ok bool)
}

// checkerRetries are how long to wait before trying again after one, two,
// three or more failures in a row.
var checkerRetries = []time.Duration{5 * time.Second, 15 * time.Second, time.Minute}

func checkerRetry() time.Duration {
	return checkerRetries[min(max(checkerFetch.tries, 1), len(checkerRetries))-1]
}

// loadChecker makes sure the checker has its data, fetching it when it
// does not, and calls done on the UI goroutine with whether it is ready.
// It never fails loudly: a missing, damaged or unreadable file leaves the
// checker waiting, and the caller may try again later.
func loadChecker(ctx app.Context, done func(ctx app.Context, ready bool)) {
	if checker.Ready() || !app.IsClient {
		done(ctx, checker.Ready())
		return
	}
	checkerFetch.waiting = append(checkerFetch.waiting, func(ok bool) {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, ok) })
	})
	if checkerFetch.running {
		return
	}
	checkerFetch.running = true
	url := app.Getenv(CheckerDataEnv)
	// A try after a failure asks the server again rather than the HTTP
	// cache, which may hold the copy that failed.
	init := map[string]any{}
	if checkerFetch.tries > 0 {
		init["cache"] = "no-cache"
	}
	checkerFetch.tries++
	finish := func(asset []byte) {
		ok := asset != nil && checker.Load(asset) == nil
		waiting := checkerFetch.waiting
		checkerFetch.running, checkerFetch.waiting = false, nil
		if ok {
			checkerFetch.tries = 0
		}
		for _, w := range waiting {
			w(ok)
		}
	}
	if url == "" {
		finish(nil)
		return
	}
	var onResponse, onBytes, onFail app.Func
	release := func() { onResponse.Release(); onBytes.Release(); onFail.Release() }
	onFail = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		finish(nil)
		return nil
	})
	onBytes = app.FuncOf(func(_ app.Value, args []app.Value) any {
		release()
		array := app.Window().Get("Uint8Array").New(args[0])
		asset := make([]byte, array.Length())
		app.CopyBytesToGo(asset, array)
		finish(asset)
		return nil
	})
	onResponse = app.FuncOf(func(_ app.Value, args []app.Value) any {
		res := args[0]
		if !res.Get("ok").Bool() {
			release()
			finish(nil)
			return nil
		}
		res.Call("arrayBuffer").Call("then", onBytes, onFail)
		return nil
	})
	app.Window().Call("fetch", url, init).Call("then", onResponse, onFail)
}

// needChecker fetches the checker's data unless it is here; when it
// arrives the draft is read again, and when it cannot be had the page
// says so calmly and tries again later. The draft and its saving never
// wait for it.
func (p *apologyPage) needChecker(ctx app.Context) {
	if checker.Ready() {
		p.checkerTrouble = false
		return
	}
	if checker.LoadError() != nil {
		p.checkerTrouble = true
	}
	loadChecker(ctx, p.checkerLoaded)
}

func (p *apologyPage) checkerLoaded(ctx app.Context, ready bool) {
	if ready {
		p.live = checker.Check(p.text)
		p.report = checker.Report{}
		p.settleReport()
		// Data that came down whole but does not compile is dropped.
		ready = checker.LoadError() == nil
	}
	p.checkerTrouble = !ready
	if !ready && !p.retrying {
		p.retrying = true
		ctx.After(checkerRetry(), func(ctx app.Context) {
			p.retrying = false
			if p.mounted {
				p.needChecker(ctx)
			}
		})
	}
}
