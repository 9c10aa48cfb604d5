package article

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// body is a paragraph long enough to count as an article's body.
const body = "The committee met on Tuesday and voted to approve the plan after a long debate, officials said, and the measure now goes to the full council for a final vote next month."

// body2 is a second body paragraph.
const body2 = "Opponents said they would keep fighting the plan in court."

// cleanCases are scraped texts and what cleaning must make of them.
var cleanCases = []struct {
	name     string
	in       string
	title    string
	byline   string
	dateline string
	credits  []string
	paras    []string
}{
	{
		name: "navigation, headline, caption with credit twice, update line, copyright",
		in: "Play Live Radio\nNext Up:\nAvailable On Air Stations\nWatch Live\n\n" +
			"Mayor Opens New Bridge As City Celebrates\n\n" +
			"The mayor cuts the ribbon on the new bridge on Monday. Crowds lined both banks.\n" +
			"Jane Roe AFP/Getty Images\n" +
			"The mayor cuts the ribbon on the new bridge on Monday. Crowds lined both banks.\n\n" +
			"Updated at 2:45 p.m. ET\n\n" + body + "\n\n" +
			"Copyright 2017 NPR. To see more, visit",
		title:    "Mayor Opens New Bridge As City Celebrates",
		dateline: "Updated at 2:45 p.m. ET",
		credits:  []string{"Jane Roe AFP/Getty Images", "Copyright 2017 NPR. To see more, visit"},
		paras:    []string{"The mayor cuts the ribbon on the new bridge on Monday. Crowds lined both banks.", body},
	},
	{
		name:  "headline on the first line",
		in:    "Council approves the bridge plan\n\n" + body,
		title: "Council approves the bridge plan",
		paras: []string{body},
	},
	{
		name:  "headline's final period dropped",
		in:    "Council approves the bridge plan.\n\n" + body + "\n\n" + body2,
		title: "Council approves the bridge plan",
		paras: []string{body, body2},
	},
	{
		name:  "period inside closing quote dropped",
		in:    "Mayor: 'We will build it.'\n\n" + body + "\n\n" + body2,
		title: "Mayor: 'We will build it'",
		paras: []string{body, body2},
	},
	{
		name:  "a first sentence of reported speech is no headline",
		in:    "\"We open at five,\" said Ann Lee, the baker.\n\n" + body + "\n\n" + body2,
		paras: []string{"\"We open at five,\" said Ann Lee, the baker.", body, body2},
	},
	{
		name:  "abbreviation at the end kept",
		in:    "Russia warns the U.S.\n\n" + body + "\n\n" + body2,
		title: "Russia warns the U.S.",
		paras: []string{body, body2},
	},
	{
		name:  "ellipsis kept",
		in:    "And then there were none...\n\n" + body + "\n\n" + body2,
		title: "And then there were none...",
		paras: []string{body, body2},
	},
	{
		name:  "headline continued after a semicolon",
		in:    "Council approves the bridge; \n\nOpponents vow to fight on.\n\n" + body,
		title: "Council approves the bridge; Opponents vow to fight on",
		paras: []string{body},
	},
	{
		name:  "short title-case headline before the body",
		in:    "Trump Wins Iowa\n\n" + body,
		title: "Trump Wins Iowa",
		paras: []string{body},
	},
	{
		name:  "single navigation lines before the headline",
		in:    "Menu\n\nSign In\n\nSubscribe Now\n\nCouncil approves the bridge plan after long debate\n\n" + body,
		title: "Council approves the bridge plan after long debate",
		paras: []string{body},
	},
	{
		name:  "no headline when the body comes first",
		in:    body + "\n\n" + body + " Again.",
		paras: []string{body, body + " Again."},
	},
	{
		name:  "two short sentences are no headline and body",
		in:    "First paragraph.\n\nSecond paragraph.",
		paras: []string{"First paragraph.", "Second paragraph."},
	},
	{
		name:  "a single line is body, not headline",
		in:    "Just one line without a story",
		paras: []string{"Just one line without a story"},
	},
	{
		name:     "byline and date lines",
		in:       "Council approves the bridge plan\n\nBy Jane Doe and John Roe\nApril 12, 2017 2:45 PM ET\n\n" + body,
		title:    "Council approves the bridge plan",
		byline:   "By Jane Doe and John Roe",
		dateline: "April 12, 2017 2:45 PM ET",
		paras:    []string{body},
	},
	{
		name:     "Wikinews date line",
		in:       "Lantern festival lights up the night\n\nMonday, March 5, 2007\n\n" + body,
		title:    "Lantern festival lights up the night",
		dateline: "Monday, March 5, 2007",
		paras:    []string{body},
	},
	{
		name:     "date glued to the first paragraph",
		in:       "Lantern festival lights up the night\n\nFriday, October 9, 2015 On Wednesday, the city lit ten thousand lanterns.",
		title:    "Lantern festival lights up the night",
		dateline: "Friday, October 9, 2015",
		paras:    []string{"On Wednesday, the city lit ten thousand lanterns."},
	},
	{
		name: "photo credit shapes",
		in: "Council approves the bridge plan\n\n" + body + "\n" +
			"AP Photo/Evan Vucci\nPhoto: Jane Doe for NPR\nGetty Images\nJane Doe/The New York Times\nSaul Loeb/AFP via Getty Images\n(Photo by Ann Lee/Reuters)",
		title: "Council approves the bridge plan",
		credits: []string{"AP Photo/Evan Vucci", "Photo: Jane Doe for NPR", "Getty Images",
			"Jane Doe/The New York Times", "Saul Loeb/AFP via Getty Images", "(Photo by Ann Lee/Reuters)"},
		paras: []string{body},
	},
	{
		name:    "copyright and staff credits",
		in:      body + "\n\n© 2024 Example News Company\n\nReporting by Jane Doe; Editing by John Roe\n\nAll rights reserved.",
		credits: []string{"© 2024 Example News Company", "Reporting by Jane Doe; Editing by John Roe", "All rights reserved."},
		paras:   []string{body},
	},
	{
		name:  "duplicate paragraphs close together dropped",
		in:    "Council approves the bridge plan\n\n" + body + "\n\n" + body + "\n\nShort.\n\nShort.",
		title: "Council approves the bridge plan",
		paras: []string{body, "Short.", "Short."},
	},
	{
		name:  "repeats far apart kept",
		in:    body + "\n\nOne sentence more here.\n\nTwo sentences more here.\n\nThree sentences more here.\n\n" + body,
		paras: []string{body, "One sentence more here.", "Two sentences more here.", "Three sentences more here.", body},
	},
	{
		name:  "headline repeated in the body dropped",
		in:    "Council approves the bridge plan after debate\n\nCouncil approves the bridge plan after debate\n\n" + body,
		title: "Council approves the bridge plan after debate",
		paras: []string{body},
	},
	{
		name: "hard-wrapped paragraph joined",
		in: "The committee met on Tuesday and voted to approve the\nplan after a long debate, officials said, and the\nmeasure now goes to the full council for a vote.\n\n" +
			"Second paragraph is here.",
		paras: []string{"The committee met on Tuesday and voted to approve the plan after a long debate, officials said, and the measure now goes to the full council for a vote.", "Second paragraph is here."},
	},
	{
		name:  "one paragraph per line split",
		in:    "The first sentence ends here.\n“The second is a quote,” she said.\nThe third asks why?",
		paras: []string{"The first sentence ends here.", "“The second is a quote,” she said.", "The third asks why?"},
	},
	{
		name:  "list items stay lines",
		in:    "- apples and pears\n- oranges\n- plums that are ripe",
		paras: []string{"- apples and pears", "- oranges", "- plums that are ripe"},
	},
	{
		name:  "navigation block inside the article dropped",
		in:    body + "\n\nShare\nTweet\nEmail\n\n" + body + " More.",
		paras: []string{body, body + " More."},
	},
	{
		name:  "a section heading inside the body stays",
		in:    body + "\n\nThe Response\n\n" + body + " More.",
		paras: []string{body, "The Response", body + " More."},
	},
	{
		name:  "a sentence starting with By stays body",
		in:    body + "\n\nBy Monday the plan had collapsed, officials said.",
		paras: []string{body, "By Monday the plan had collapsed, officials said."},
	},
	{
		name:  "only navigation is kept rather than nothing",
		in:    "Play Live Radio\nNext Up:",
		paras: []string{"Play Live Radio", "Next Up:"},
	},
	{
		name:  "tabs and indentation",
		in:    "\tIndented first line\twith a tab.\n\n    Four spaces.",
		paras: []string{"Indented first line with a tab.", "Four spaces."},
	},
	{
		name:  "extra blank lines and trailing spaces",
		in:    "\n\n\nCouncil approves the bridge plan   \n\n\n\n" + body + "   \n\n\n",
		title: "Council approves the bridge plan",
		paras: []string{body},
	},
	{
		name:     "desk label and date",
		in:       "Council approves the bridge plan\n\nMetro Desk | March 4, 2024\n\n" + body,
		title:    "Council approves the bridge plan",
		dateline: "Metro Desk | March 4, 2024",
		paras:    []string{body},
	},
}

// TestClean runs the cleaning cases through Parse as stdin.
func TestClean(t *testing.T) {
	for _, tc := range cleanCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("stdin", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			checkClean(t, a)
			if a.Title != tc.title {
				t.Errorf("title %q, want %q", a.Title, tc.title)
			}
			if a.Byline != tc.byline {
				t.Errorf("byline %q, want %q", a.Byline, tc.byline)
			}
			if a.Dateline != tc.dateline {
				t.Errorf("dateline %q, want %q", a.Dateline, tc.dateline)
			}
			if !reflect.DeepEqual(a.Credits, tc.credits) {
				t.Errorf("credits %q, want %q", a.Credits, tc.credits)
			}
			if got := paragraphs(a); !reflect.DeepEqual(got, tc.paras) {
				t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.paras, "\n"))
			}
			if want := strings.Join(tc.paras, "\n\n"); a.Body != want {
				t.Errorf("body %q, want %q", a.Body, want)
			}
		})
	}
}

// TestSample checks the embedded sample article, the real page the
// cleaning rules were first written for.
func TestSample(t *testing.T) {
	data, err := os.ReadFile("../assets/sample.txt")
	if err != nil {
		t.Skip(err)
	}
	a, err := Parse("sample.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	checkClean(t, a)
	if want := "Putin Receives Tillerson At Kremlin As Russia Warns U.S. Not To Strike Syria Again"; a.Title != want {
		t.Errorf("title %q", a.Title)
	}
	if a.Dateline != "Updated at 2:45 p.m. ET" {
		t.Errorf("dateline %q", a.Dateline)
	}
	if want := []string{"Alexander Nemenov AFP/Getty Images", "Copyright 2017 NPR. To see more, visit"}; !reflect.DeepEqual(a.Credits, want) {
		t.Errorf("credits %q", a.Credits)
	}
	for _, gone := range []string{"Play Live Radio", "Next Up:", "Watch Live", "Available On Air Stations", "Getty", "Copyright", "Updated at"} {
		if strings.Contains(a.Body, gone) {
			t.Errorf("body still holds %q", gone)
		}
	}
	if n := strings.Count(a.Body, "Secretary of State Rex Tillerson shakes hands"); n != 1 {
		t.Errorf("caption appears %d times", n)
	}
	if len(a.Paragraphs) != 20 {
		t.Errorf("%d paragraphs, want 20", len(a.Paragraphs))
	}
}
