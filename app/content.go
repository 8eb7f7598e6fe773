package main

// The app the site ships (-tags fetchdata) leaves bulky fixed text out of
// app.wasm: the guide's words and the share codec's dictionaries and word
// list. The site build writes them as one asset of this kind (mend/content/asset),
// web/content-<hash>.bin, which the service worker keeps for offline use;
// the page's loader fetches it beside app.wasm and hands it to the program
// before its first drawing (app/site's app.js patches, content_js.go).
// Every other build, tests included, carries the text itself.
const (
	contentKind = "content"
	contentWhat = "Mend's content"
	guideFile   = "guide.json" // mend/content/guide's Encode
	sharePrefix = "share/"     // before each of mend/app/share's Data files
)
