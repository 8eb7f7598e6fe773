package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// TestGeneratedFileIsUpToDate regenerates words_gen.go in memory from the
// text files and compares it with the committed file byte for byte.
func TestGeneratedFileIsUpToDate(t *testing.T) {
	want, err := generate(os.DirFS(".."))
	if err != nil {
		t.Fatalf("the words do not read:\n%v", err)
	}
	got, err := os.ReadFile("../words_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("words_gen.go is stale: run go generate ./content/words and commit the result")
	}
}

func TestParseJoinsContinuationsAndSaysWhereItFails(t *testing.T) {
	mapFS := fstest.MapFS{
		"good.txt":   {Data: []byte("# a comment\nname: one\ntext: first line\n  and the second\n\nname: two\n")},
		"orphan.txt": {Data: []byte("  indented first\n")},
		"nokey.txt":  {Data: []byte("name: one\njust words\n")},
	}
	recs, err := parseFS(mapFS, "good.txt")
	if err != nil || len(recs) != 2 || recs[0].get("text") != "first line and the second" || recs[1].get("name") != "two" {
		t.Errorf("parse(good.txt) = %v, %v", recs, err)
	}
	for name, want := range map[string]string{"orphan.txt": "orphan.txt:1:", "nokey.txt": "nokey.txt:2:"} {
		if _, err := parseFS(mapFS, name); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("parse(%s) error = %v, want it to start %q", name, err, want)
		}
	}
}

// TestFilesAreChecked checks that each reader refuses a file that breaks
// its rules, naming the file and line.
func TestFilesAreChecked(t *testing.T) {
	for _, c := range []struct {
		file, data, want string
		read             func(fstest.MapFS) error
	}{
		{"patience.txt", "days: soon\nmessage: Hello.\n", "patience.txt:1:", func(f fstest.MapFS) error { _, err := readPatience(f); return err }},
		{"examples.txt", "name: A\ntext: words\n", "examples.txt:1:", func(f fstest.MapFS) error { _, err := readExamples(f); return err }},
		{"labels.txt", "blame: Blame\nblame: Again\n", "labels.txt:2:", func(f fstest.MapFS) error { _, err := readLabels(f); return err }},
	} {
		err := c.read(fstest.MapFS{c.file: {Data: []byte(c.data)}})
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to start %q", c.file, err, c.want)
		}
	}
}
