package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/route"
)

// tabs are the destinations in the bottom bar; moreLinks sit in the header.
var (
	tabs      = route.In(route.Tab)
	moreLinks = route.In(route.More)
)

// shell is the frame every page of the author's app shares: skip link,
// header, notices, the page's main content, the privacy promise and the
// bottom navigation.
func shell(pagePath string, content ...app.UI) app.UI {
	return frame("app",
		el("a", "class", "brand", "href", route.Home, txt(appName)),
		el("nav", "class", "topnav", "aria-label", "More",
			each(len(moreLinks), func(i int) app.UI {
				return navLink(moreLinks[i], pagePath, "topnav-link")
			}),
		),
		content,
		privacyPromise,
		el("nav", "class", "tabbar", "aria-label", "Main",
			each(len(tabs), func(i int) app.UI {
				return navLink(tabs[i], pagePath, "tab")
			}),
		),
	)
}

// readerShell is the frame of the partner's page: the same calm page
// without the author's navigation, so nothing on it suggests there is
// anything to edit, install or sign up for. The link is all there is.
func readerShell(content ...app.UI) app.UI {
	return frame("app app-reader", el("span", "class", "brand", txt(appName)), nil, content, readerPromise, nil)
}

// frame lays out a page; nav and bottom may be nil.
func frame(class string, brand, nav app.UI, content []app.UI, promise string, bottom app.UI) app.UI {
	return el("div", "class", class,
		el("a", "class", "skip-link", "href", "#main", txt("Skip to content")),
		el("header", "class", "topbar", brand, nav),
		newNotices(),
		el("main", "id", "main", "class", "page", "tabindex", -1, inactiveUntilLive(content)),
		el("footer", "class", "footer",
			el("p", txt(promise)),
		),
		bottom,
	)
}

func navLink(item route.Page, pagePath, class string) app.UI {
	current := ""
	if route.Current(item.Path, pagePath) {
		current = "page"
	}
	return el("a", "class", class, "href", item.Path, "aria-current", current, txt(item.Label))
}

// pageHeading is a page's h1 with its one-line purpose under it.
func pageHeading(title, purpose string) app.UI {
	return el("div", "class", "page-heading",
		el("h1", txt(title)),
		el("p", "class", "purpose", txt(purpose)),
	)
}

// fromDevice holds what only the live app can know: what this device
// stores, or what a link carries. The prerendered page has a short
// placeholder there. It is the one part of a page that may change when the
// program starts (TestNothingMovesAtStartUp holds everything else still).
func fromDevice(content app.UI) app.UI {
	return el("div", "data-from-device", true, content)
}

// inactiveUntilLive disables every form control on a prerendered page. The
// page is readable the moment its HTML arrives, but go-app replaces it once
// the WebAssembly runs, so anything typed before then would be lost. A
// disabled fieldset disables all the controls inside it; links still work.
func inactiveUntilLive(content []app.UI) []app.UI {
	if app.IsClient {
		return content
	}
	return []app.UI{el("fieldset", "class", "prerendered", "disabled", true, content)}
}
