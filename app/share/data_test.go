package share

import (
	"errors"
	"io/fs"
	"reflect"
	"testing"
)

// TestWithoutItsDataTheCodecSaysSoAndLoadBringsItBack plays the shipped
// app, which carries no dictionaries or word list until Load gives them:
// meanwhile every link made or read fails with ErrUnavailable (never a
// link made with the wrong dictionary), and once the data the site build
// writes is loaded, links are the very ones this build makes.
func TestWithoutItsDataTheCodecSaysSoAndLoadBringsItBack(t *testing.T) {
	data := Data()
	if len(data) != 3 {
		t.Fatalf("Data() has %d files, want 3", len(data))
	}
	want := mustEncode(t, longPlan, everySection(), Options{Version: 3})
	reply, err := EncodeReply(Reply{Questions: []string{"Why then?"}}, ReplyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	plan1, reply1, words := dictEnglish1, dictReply1, wordList
	defer func() { dictEnglish1, dictReply1, wordList = plan1, reply1, words }()
	dictEnglish1, dictReply1, wordList = nil, nil, ""

	if Ready() || Data() != nil {
		t.Fatal("the codec says it has data it lacks")
	}
	if _, err := Encode(longPlan, everySection(), Options{Version: 3}); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Encode without data: %v, want ErrUnavailable", err)
	}
	if _, err := Decode(want, ""); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Decode without data: %v, want ErrUnavailable", err)
	}
	if _, err := DecodeReply(reply, ""); !errors.Is(err, ErrUnavailable) || ReplyMessage(err) != ErrUnavailable.Message {
		t.Errorf("DecodeReply without data: %v (%q)", err, ReplyMessage(err))
	}
	if _, err := EncodeReply(Reply{Note: "ok"}, ReplyOptions{}); !errors.Is(err, ErrUnavailable) {
		t.Errorf("EncodeReply without data: %v, want ErrUnavailable", err)
	}

	lacking := func(name string) ([]byte, error) {
		if name == fileWords {
			return nil, fs.ErrNotExist
		}
		return data[name], nil
	}
	if err := Load(lacking); err == nil || Ready() {
		t.Errorf("Load without the word list: %v, ready %v", err, Ready())
	}
	empty := func(name string) ([]byte, error) { return nil, nil }
	if err := Load(empty); err == nil || Ready() {
		t.Errorf("Load of empty files: %v, ready %v", err, Ready())
	}
	if err := Load(func(name string) ([]byte, error) { return data[name], nil }); err != nil || !Ready() {
		t.Fatalf("Load of the build's data: %v", err)
	}
	if got := mustEncode(t, longPlan, everySection(), Options{Version: 3}); got != want {
		t.Error("a link made with the loaded data differs from the build's own")
	}
	if got, err := DecodeReply(reply, ""); err != nil || !reflect.DeepEqual(got.Questions, []string{"Why then?"}) {
		t.Errorf("a reply read with the loaded data: %v, %v", got, err)
	}
}
