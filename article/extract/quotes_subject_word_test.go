package extract

import "testing"

// TestSubjectsOwnWord checks that a lone lower-case word quoted in the
// predicate of a sentence whose subject is a named person is kept as
// that person's word, and that the shapes where it is the writer's term
// stay dropped.
func TestSubjectsOwnWord(t *testing.T) {
	const people = "Ana Ruiz|Ruiz/f"
	for _, tt := range []struct {
		name    string
		text    string
		quote   string
		kept    bool
		speaker string
	}{
		{"the subject's word", `Ana Ruiz toured the mill on Monday. Ruiz hammered the "bloated" budget in a speech.`,
			"bloated", true, "Ana Ruiz"},
		{"the subject's word, a clause between", `Ana Ruiz toured the mill on Monday. Ruiz, back from Lisbon, hammered the "heroic" audit on Friday.`,
			"heroic", true, "Ana Ruiz"},
		{"after a possessive", `Ana Ruiz toured the mill on Monday. Ruiz hammered the mayor's "roadmap" in a speech.`,
			"roadmap", false, ""},
		{"in an appositive of the subject", `Ana Ruiz toured the mill on Monday. Ruiz, a self-styled "outsider" in the race, spoke next.`,
			"outsider", false, ""},
		{"a capitalized word is a name", `Ana Ruiz toured the mill on Monday. Ruiz hammered the "Horizon" plan in a speech.`,
			"Horizon", false, ""},
		{"a description as subject", `Ana Ruiz, a retired judge, toured the mill on Monday. The retired judge hammered the "bloated" budget.`,
			"bloated", false, ""},
		{"a subject that is no one named", `Ana Ruiz toured the mill on Monday. The rain spoiled the "grand" opening.`,
			"grand", false, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkKept(t, tt.text, []string{people}, tt.quote, tt.kept, tt.speaker)
		})
	}
}

// TestNicknameInName checks that a nickname set inside a person's name
// is no quote, while a capitalized word quoted after a pronoun is kept.
func TestNicknameInName(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote string
		kept              bool
	}{
		{"after a given name", `"We have to win this," said Tom Hale. His niece, Councilwoman Marisa "Mia" Hale of Erie, waved from the stage.`,
			"Mia", false},
		{"after initials", `"We have to win this," said Tom Hale. His niece, Councilwoman M.J. "Mia" Hale of Erie, waved from the stage.`,
			"Mia", false},
		{"after a pronoun", `"We have to win this," said Tom Hale. He called it "Dreadful" Monday.`,
			"Dreadful", true},
		{"a reply after a given name", `Asked if the pier would reopen, Mayor Tomas Grell told Ada "Never".`,
			"Never", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			found := judgedQuote(t, tt.text, []string{"Tom Hale|Hale/m"}, tt.quote) != nil
			if found != tt.kept {
				t.Errorf("%q kept %v, want %v", tt.quote, found, tt.kept)
			}
		})
	}
}
