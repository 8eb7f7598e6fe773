package share

import "errors"

// The files of the codec's data, by name: the dictionaries, whose bytes
// travel in every link's meaning, and the passphrase words.
const (
	fileDictPlan  = "dict/en-1.txt"
	fileDictReply = "dict/reply-en-1.txt"
	fileWords     = "words.txt"
)

// Data returns the codec's data that this build carries, by file name,
// for the site build to write for the app it ships (see Load); nil in
// that app itself.
func Data() map[string][]byte {
	if !Ready() {
		return nil
	}
	return map[string][]byte{fileDictPlan: dictEnglish1, fileDictReply: dictReply1, fileWords: []byte(wordList)}
}

// Ready reports whether the codec has its data: always in a build that
// carries it; in the app the site ships, once Load has been given it.
func Ready() bool { return len(dictEnglish1) > 0 && len(dictReply1) > 0 && wordList != "" }

// Load gives the codec the data Data returned, read by name. Data already
// at hand is kept; when a file is missing or empty nothing changes and
// links still say they cannot be made or read.
func Load(read func(name string) ([]byte, error)) error {
	if Ready() {
		return nil
	}
	var files [3][]byte
	for i, name := range [3]string{fileDictPlan, fileDictReply, fileWords} {
		b, err := read(name)
		if err != nil {
			return err
		}
		if len(b) == 0 {
			return errors.New("share: the codec's data lacks " + name)
		}
		files[i] = b
	}
	dictEnglish1, dictReply1, wordList = files[0], files[1], string(files[2])
	return nil
}
