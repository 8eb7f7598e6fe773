package site

import "testing"

func TestTrimIndentationLeavesWhatTheLivePageHas(t *testing.T) {
	page := "<html>\n  <head>\n    <title>T</title>\n  </head>\n  <body>\n" +
		"    <p>\n      Read\n      <em>this</em>\n       now.\n    </p>\n" +
		"    <p class=\"t\">\n      <span>Not yet</span>\n       \n      <span>You own it</span>\n    </p>\n" +
		"    <pre>\n  kept\n</pre>\n    <textarea>\n  as typed\n</textarea>\n  </body>\n</html>\n"
	want := "<html>\n  <head>\n    <title>T</title>\n  </head>\n  <body>" +
		"<p>Read<em>this</em> now.</p>" +
		"<p class=\"t\"><span>Not yet</span> <span>You own it</span></p>" +
		"<pre>\n  kept\n</pre><textarea>\n  as typed\n</textarea></body>\n</html>\n"
	got, err := TrimIndentation([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("TrimIndentation:\n got %q\nwant %q", got, want)
	}
}
