package components

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// unlocker asks for the passphrase of a protected link: a plan on /view, a
// reply on /reply. The page says what to do with a passphrase (try).
type unlocker struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	id     string // starts the form's element IDs ("view", "reply-in")
	intro  string // what the form says first
	button string // the button's words ("Open the plan")

	asking     bool // a protected link waits for its passphrase
	passphrase string
	opening    bool
	wrong      string // why the last passphrase did not open it
	gen        int    // counts resets, so a passphrase typed for one link is never tried on the next
}

// reset forgets the last link's passphrase.
func (u *unlocker) reset() {
	u.asking, u.passphrase, u.opening, u.wrong = false, "", false, ""
	u.gen++
}

func (u *unlocker) onPassphrase(ctx app.Context, e app.Event) {
	u.passphrase = ctx.JSSrc().Get("value").String()
}

// submit tries the typed passphrase with try, which opens the link (or
// says what is wrong with it) and returns what to say if the passphrase
// was wrong. Argon2id takes a moment on purpose (it is what makes guessing
// slow), so the page first says it is working.
func (u *unlocker) submit(try func(ctx app.Context, passphrase string) (wrong string)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		if u.opening {
			return
		}
		if u.passphrase == "" {
			u.wrong = "Type the passphrase you were given."
			return
		}
		u.opening, u.wrong = true, ""
		passphrase, gen := u.passphrase, u.gen
		// Let the page show "Opening…" before the key derivation takes
		// the browser's only thread.
		ctx.After(30*time.Millisecond, func(ctx app.Context) {
			if gen != u.gen {
				return // another link was opened meanwhile
			}
			u.opening = false
			u.wrong = try(ctx, passphrase)
		})
	}
}

func (u *unlocker) form(try func(ctx app.Context, passphrase string) (wrong string)) app.UI {
	id := u.id
	label := u.button
	if u.opening {
		label = "Opening…"
	}
	return elIn(id, "form#$-unlock.view-unlock", "submit", u.submit(try),
		el("p", txt(u.intro)),
		elIn(id, "div.field",
			markup(`<label for="$-passphrase">Passphrase</label>`),
			elIn(id, "input#$-passphrase[type=text][name=passphrase][autocomplete=off][autocapitalize=none][autocorrect=off][spellcheck=false][aria-describedby=$-passphrase-hint]", "value", u.passphrase, "input", u.onPassphrase),
			markup(`<p class="field-hint" id="$-passphrase-hint">The words you were told in person. Capitals and spaces don't matter.</p>`),
		),
		elIn(id, "p#$-wrong.view-wrong[role=alert]", txt(u.wrong)),
		elIn(id, "button#$-open.button[type=submit]", "disabled", u.opening,
			txt(label),
		),
	)
}
