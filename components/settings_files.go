package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// fileURL returns a blob: URL holding data, for an <a download> link: the
// file is made on the device and never travels. Release it with
// releaseFileURL when the link goes away.
func fileURL(data []byte, mimeType string) string {
	bytes := app.Window().Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(bytes, data)
	blob := app.Window().Get("Blob").New([]any{bytes}, map[string]any{"type": mimeType})
	return app.Window().Get("URL").Call("createObjectURL", blob).String()
}

func releaseFileURL(url string) {
	if url != "" {
		app.Window().Get("URL").Call("revokeObjectURL", url)
	}
}

// readChosenFile reads the first file picked in the file input that fired
// the event, and hands its bytes (or a failure) to done on the UI
// goroutine.
func readChosenFile(ctx app.Context, done func(ctx app.Context, name string, data []byte, ok bool)) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	var then, fail app.Func
	release := func() { then.Release(); fail.Release() }
	then = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer release()
		array := app.Window().Get("Uint8Array").New(args[0])
		data := make([]byte, array.Length())
		app.CopyBytesToGo(data, array)
		ctx.Dispatch(func(ctx app.Context) { done(ctx, name, data, true) })
		return nil
	})
	fail = app.FuncOf(func(app.Value, []app.Value) any {
		defer release()
		ctx.Dispatch(func(ctx app.Context) { done(ctx, name, nil, false) })
		return nil
	})
	file.Call("arrayBuffer").Call("then", then, fail)
}
