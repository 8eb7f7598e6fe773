package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// appName is the name shown in titles and on the home screen. It is neutral
// on purpose: privacy without secrecy.
const appName = "Mend"

// privacyPromise is the footer line on every page of the author's app.
const privacyPromise = "Private by design: everything you write stays on this device. No account, no tracking."

// readerPromise is the partner's version: they write nothing.
const readerPromise = "Private by design: this page reads the plan from the link itself and sends nothing anywhere. No account, no tracking."

// setPageMeta gives a page its own title and description, both when it is
// prerendered into the static site and when the app navigates to it.
func setPageMeta(ctx app.Context, title, description string) {
	if title != appName {
		title += " · " + appName
	}
	setMeta(ctx, title, description)
}
