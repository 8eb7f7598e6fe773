package components

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/share"
)

// replyWriter is the partner's "Write back" section on /view, below the
// plan: questions they want answered and what they need now, made into a
// reply link they send back themselves. It is closed until they open it,
// it never reminds them, and nothing in it is stored: the words live in
// the page and in the link, nowhere else.
type replyWriter struct {
	open                  bool
	questions, needs, how string
	planVersion           int
	links                 linkMaker
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
				app.P().ID("reply-private").Class("field-hint").Text("Nothing you write here is saved or sent. It goes only into the link below, and only you choose to send it. If you close this page, it is gone."),
				w.links.panel(),
				app.Button().ID("reply-close").Class("button button-quiet").Type("button").Text("Close").OnClick(w.hide),
			)
		}),
	)
}
