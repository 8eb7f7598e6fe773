package words

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestEveryFileReads(t *testing.T) {
	if tiers, err := readPatience(); err != nil || len(tiers) < 2 || !tiers[len(tiers)-1].Last {
		t.Errorf("patience.txt: %d messages, %v", len(tiers), err)
	}
	ex, err := readExamples()
	good := 0
	for _, e := range ex {
		if e.Good {
			good++
		}
		if strings.Contains(e.Text, "  ") {
			t.Errorf("example %q has a double space where lines were joined", e.Name)
		}
	}
	if err != nil || good != 1 {
		t.Errorf("examples.txt: %d examples, %d good, %v", len(ex), good, err)
	}
	if labels, err := readLabels(); err != nil || labels["ownership"] != "You own it" {
		t.Errorf("labels.txt: %v, %v", labels, err)
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
