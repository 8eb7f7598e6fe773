package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// TestBackupsAlreadyMadeStillOpen opens backup files made by earlier
// versions (testdata/backup-v1): a backup someone saved must keep opening,
// with the passphrase they chose then.
func TestBackupsAlreadyMadeStillOpen(t *testing.T) {
	want := fullDoc(t)
	got, sum, err := Import(mustRead(t, "testdata/backup-v1/plain.json"))
	if err != nil || sum.Encrypted || !reflect.DeepEqual(got, want) {
		t.Errorf("plain backup: %v, encrypted %v, same document %v", err, sum.Encrypted, reflect.DeepEqual(got, want))
	}
	for _, name := range []string{"locked", "locked-plain-words"} {
		t.Run(name, func(t *testing.T) {
			file := mustRead(t, "testdata/backup-v1/"+name+".json")
			pass := string(mustRead(t, "testdata/backup-v1/"+name+".passphrase"))
			if _, _, err := Import(file); !errors.Is(err, ErrNeedsPassphrase) {
				t.Errorf("without a passphrase: %v, want ErrNeedsPassphrase", err)
			}
			if _, _, err := ImportWithPassphrase(file, pass+"x"); !errors.Is(err, ErrWrongPassphrase) {
				t.Errorf("with a wrong passphrase: %v, want ErrWrongPassphrase", err)
			}
			got, sum, err := ImportWithPassphrase(file, pass)
			if err != nil {
				t.Fatal(err)
			}
			if !sum.Encrypted || !reflect.DeepEqual(got, want) {
				t.Errorf("encrypted %v, same document %v", sum.Encrypted, reflect.DeepEqual(got, want))
			}
			if strings.ToLower(pass) != pass {
				t.Logf("%s was locked with capitals, before passphrases were normalised", name)
			}
		})
	}
}
