package components

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/share"
	"mend/app/store"
)

// replyWriter is the partner's "Write back" section on /view, below the
// plan: questions they want answered and what they need now, made into a
// reply link they send back themselves. It is closed until they open it,
// it never reminds them, and nothing in it is stored unless they choose to
// keep a copy on their device (store.KeptReply).
type replyWriter struct {
	open                  bool
	questions, needs, how string
	planVersion           int
	links                 linkMaker

	kept           *store.KeptReply
	keptUnreadable bool
	keepErr        string
}

func newReplyWriter() *replyWriter {
	w := &replyWriter{}
	w.links = linkMaker{
		id: "reply", title: "Your reply link", sheetTitle: "A reply to your plan", fewer: "Write fewer or shorter lines",
		full: share.ReplyLink, message: share.ReplyMessage, used: func(app.Context) {}, changed: w.remake,
	}
	return w
}

// replyEmpty is what the link's meter says before anything is written.
const replyEmpty = "Write a question, a need or a note, and your link appears here."

func (w *replyWriter) show(ctx app.Context, e app.Event) {
	w.open = true
	w.links.mount()
	if b := storage(); b != nil {
		w.kept, w.keptUnreadable, _ = store.LoadKeptReply(b)
	}
	// A kept copy comes back into the empty form, to read again or change.
	if k := w.kept; k != nil && w.questions == "" && w.needs == "" && w.how == "" {
		w.questions, w.needs, w.how = strings.Join(k.Questions, "\n"), strings.Join(k.Needs, "\n"), k.Note
	}
	w.remake(ctx)
	// Take the reader to the first field, as a form that opens should.
	ctx.Defer(func(app.Context) { focusByID("reply-questions") })
}

// hide closes the form, keeping what was typed for as long as the page is
// open, and gives the focus back to the button that opens it.
func (w *replyWriter) hide(ctx app.Context, e app.Event) {
	w.open = false
	w.links.cancel()
	ctx.Defer(func(app.Context) { focusByID("reply-open") })
}

// reply is what the fields hold now, written this minute.
func (w *replyWriter) reply() share.Reply {
	return share.Reply{
		Questions:   share.Lines(w.questions),
		Needs:       share.Lines(w.needs),
		Note:        w.how,
		WrittenAt:   time.Now(),
		PlanVersion: w.planVersion,
	}
}

// remake makes the reply link again after a change.
func (w *replyWriter) remake(ctx app.Context) {
	w.keepErr = ""
	r := w.reply()
	if r.IsEmpty() {
		w.links.refuse(replyEmpty)
		return
	}
	plain, err := encodeReply(r, share.ReplyOptions{})
	if err != nil {
		w.links.refuse(share.ReplyMessage(err))
		return
	}
	w.links.encode = func(passphrase string) (string, error) {
		return encodeReply(r, share.ReplyOptions{Passphrase: passphrase})
	}
	w.links.make(ctx, plain)
}

// typed returns an input handler that keeps a field's words and makes the
// link again.
func (w *replyWriter) typed(field *string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		*field = ctx.JSSrc().Get("value").String()
		w.remake(ctx)
	}
}

func (w *replyWriter) Render() app.UI {
	return el("section#reply.card.reply-write[aria-labelledby=reply-title]",
		markup(`<h2 id="reply-title">Write back</h2>`),
		markup(`<p>If you want to, you can write back: questions you want answered, and what you need now. You don't owe a reply, and there is no rush.</p>`),
		either(!w.open, func() app.UI {
			return el("button#reply-open.button.button-quiet[type=button]", "click", w.show,
				txt("Write a reply"),
			)
		}, func() app.UI {
			return el("div#reply-form",
				el("div.field",
					markup(`<label for="reply-questions">Questions you want answered</label>`),
					textArea("reply-questions", w.questions, 4, "aria-describedby", "reply-questions-hint", "input", w.typed(&w.questions)),
					markup(`<p id="reply-questions-hint" class="field-hint">One question on each line.</p>`),
				),
				el("div.field",
					markup(`<label for="reply-needs">What you need from them now</label>`),
					textArea("reply-needs", w.needs, 3, "aria-describedby", "reply-needs-hint", "input", w.typed(&w.needs)),
					markup(`<p id="reply-needs-hint" class="field-hint">A boundary or a request, one on each line. They will see each one and can agree to it.</p>`),
				),
				el("div.field",
					markup(`<label for="reply-how">How you are doing (if you want to say)</label>`),
					textArea("reply-how", w.how, 2, "aria-describedby", "reply-how-hint", "input", w.typed(&w.how)),
					markup(`<p id="reply-how-hint" class="field-hint">A few words. You can leave this empty.</p>`),
				),
				markup(`<p id="reply-private" class="field-hint">Nothing you write here is sent: it goes only into the link below, and only you choose to send it. Nothing is saved either, unless you keep a copy.</p>`),
				w.links.panel(),
				w.keepControls(),
				el("button#reply-close.button.button-quiet[type=button]", "click", w.hide, txt("Close")),
			)
		}),
	)
}

// keptNow reports whether the kept copy holds what the fields hold.
func (w *replyWriter) keptNow() bool {
	return w.kept != nil && w.kept.Holds(w.reply())
}

func (w *replyWriter) keep(ctx app.Context, e app.Event) {
	r, b := w.reply(), storage()
	if r.IsEmpty() || b == nil {
		return
	}
	k := store.KeepReply(r, time.Now())
	if err := store.SaveKeptReply(b, k); err != nil {
		w.keepErr = "This device would not keep the copy — its storage may be full or blocked. Your words are still here for as long as this page is open."
		return
	}
	w.kept, w.keptUnreadable, w.keepErr = &k, false, ""
}

func (w *replyWriter) forget(ctx app.Context, e app.Event) {
	b := storage()
	if b == nil {
		return
	}
	if err := store.ForgetKeptReply(b); err != nil {
		w.keepErr = store.UserMessage(err)
		return
	}
	w.kept, w.keptUnreadable = nil, false
}

// keepControls offer to keep a copy of the reply on this device, or to
// remove the one kept.
func (w *replyWriter) keepControls() app.UI {
	if w.keptNow() {
		return keepBox(`<p id="reply-kept">A copy of this reply is kept on this device, and only here.</p>`, "button#reply-forget.button.button-quiet[type=button]", false, w.forget, "Remove the kept copy", w.keepErr)
	}
	note, label := markup(""), "Keep a copy on this device"
	if w.kept != nil || w.keptUnreadable {
		note, label = `<p>Keeping this reply replaces the copy kept on this device before.</p>`, "Keep this copy instead"
	}
	return keepBox(note, "button#reply-keep.button.button-quiet[type=button]", w.reply().IsEmpty(), w.keep, label, w.keepErr)
}
