// Package words holds the app's fixed words that are neither the guide
// (content/guide) nor the checker's rules (content/checker): the patience
// messages on the progress page, the apology page's examples and the names
// of the checker's categories. Writers change them here without touching
// Go; the packages under app/ read them through this package.
//
// # Files
//
// Each *.txt file in this folder is turned into Go data, words_gen.go, by
// go generate (the command in ./gen); a test fails when the two differ. A
// file is a list of records
// separated by blank lines; a record is "key: value" lines. Lines starting
// with # are comments, and an indented line continues the value above it
// (joined with a space). Which keys a record has is said at the top of each
// file.
package words

//go:generate go run ./gen
