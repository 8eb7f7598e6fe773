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
	return app.Section().ID("reply").Class("card reply-write").Aria("labelledby", "reply-title").Body(
		app.H2().ID("reply-title").Text("Write back"),
		app.P().Text("If you want to, you can write back: questions you want answered, and what you need now. You don't owe a reply, and there is no rush."),
		app.If(!w.open, func() app.UI {
			return app.Button().ID("reply-open").Class("button button-quiet").Type("button").
				Text("Write a reply").OnClick(w.show)
		}).Else(func() app.UI {
			return app.Div().ID("reply-form").Body(
				app.Div().Class("field").Body(
					app.Label().For("reply-questions").Text("Questions you want answered"),
					textArea("reply-questions", w.questions, 4).
						Aria("describedby", "reply-questions-hint").OnInput(w.typed(&w.questions)),
					app.P().ID("reply-questions-hint").Class("field-hint").Text("One question on each line."),
				),
				app.Div().Class("field").Body(
					app.Label().For("reply-needs").Text("What you need from them now"),
					textArea("reply-needs", w.needs, 3).
						Aria("describedby", "reply-needs-hint").OnInput(w.typed(&w.needs)),
					app.P().ID("reply-needs-hint").Class("field-hint").Text("A boundary or a request, one on each line. They will see each one and can agree to it."),
				),
				app.Div().Class("field").Body(
					app.Label().For("reply-how").Text("How you are doing (if you want to say)"),
					textArea("reply-how", w.how, 2).
						Aria("describedby", "reply-how-hint").OnInput(w.typed(&w.how)),
					app.P().ID("reply-how-hint").Class("field-hint").Text("A few words. You can leave this empty."),
				),
				app.P().ID("reply-private").Class("field-hint").Text("Nothing you write here is sent: it goes only into the link below, and only you choose to send it. Nothing is saved either, unless you keep a copy."),
				w.links.panel(),
				w.keepControls(),
				app.Button().ID("reply-close").Class("button button-quiet").Type("button").Text("Close").OnClick(w.hide),
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
	var body []app.UI
	switch {
	case w.keptNow():
		body = append(body,
			app.P().ID("reply-kept").Text("A copy of this reply is kept on this device, and only here."),
			app.Button().ID("reply-forget").Class("button button-quiet").Type("button").Text("Remove the kept copy").OnClick(w.forget),
		)
	case w.kept != nil || w.keptUnreadable:
		body = append(body,
			app.P().Text("Keeping this reply replaces the copy kept on this device before."),
			app.Button().ID("reply-keep").Class("button button-quiet").Type("button").Disabled(w.reply().IsEmpty()).Text("Keep this copy instead").OnClick(w.keep),
		)
	default:
		body = append(body,
			app.Button().ID("reply-keep").Class("button button-quiet").Type("button").Disabled(w.reply().IsEmpty()).Text("Keep a copy on this device").OnClick(w.keep),
		)
	}
	if w.keepErr != "" {
		body = append(body, app.P().Class("notice notice-warning").Role("alert").Text(w.keepErr))
	}
	return app.Div().Class("view-keep").Body(body...)
}
