package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/internal/lane"
	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/ui/pager"
)

// articleView is the article view: the body in the pager, the sidebar of its
// quotes and people, and what is lit in the body (highlight.go). It takes
// the keys of the body and the sidebar, the sidebar's choices and the
// searches, and applies an analysis to the pager and sidebar. The root
// keeps which article is shown, its load generation and the cache.
type articleView struct {
	pager pager.Model
	side  sidebar
	hl    highlight
	clear key.Binding // esc: the lights out, all the quotes listed
}

// newArticleView returns the article view, empty, with its keys; the
// pager's background work runs in bg.
func newArticleView(k KeyMap, bg *lane.Lane) articleView {
	pg := pager.New()
	pg.KeyMap = k.Scroll
	pg.Lane = bg
	return articleView{
		pager: pg,
		side:  newSidebar(k.Side),
		hl:    newHighlight(lightKeys{Next: k.NextMatch, Prev: k.PrevMatch}),
		clear: k.Clear,
	}
}

// SetSize fits the body and the sidebar to the screen f: the sidebar
// docked beside the body, or in the overlay drawn in the frame of style o.
func (r *articleView) SetSize(f frame, o lipgloss.Style) tea.Cmd {
	g := f.geometry()
	cmd := r.pager.SetSize(g.bodyW, g.mainH)
	if g.sideW > 0 {
		r.side.SetSize(g.sideW-len(ruleGap), g.mainH)
		r.side.SetPlace(g.bodyW+len(ruleGap), 0, g.mainH)
		return cmd
	}
	w, h := f.overlaySize()
	r.side.SetSize(w-o.GetHorizontalFrameSize(), h-o.GetVerticalFrameSize())
	r.side.SetPlace(f.width-w+o.GetBorderLeftSize()+o.GetPaddingLeft(), o.GetBorderTopSize(), g.mainH)
	return cmd
}

// SetStyles gives the body and the sidebar the looks of st, for a dark
// or light background.
func (r *articleView) SetStyles(st Styles, dark bool) tea.Cmd {
	cmd := r.pager.SetStyles(st.Pager, dark)
	r.side.SetStyles(st)
	return cmd
}

// viewOut is what the article view's Update hands back to the root:
// its command and note (lightsOut), and whether something was lit, so
// that the sidebar overlay makes way for the body.
type viewOut struct {
	lightsOut
	leave bool
}

// Update handles a key left over once the overlays, the library and the
// global keys have had theirs (n and N, esc, then the sidebar's keys when
// it has the focus, then the body's), a quote or person chosen in the
// sidebar, and a search and its matches. It reports whether msg was for
// the article view. at is the article read; sideKeys says the sidebar
// has the keys.
func (r *articleView) Update(msg tea.Msg, at reading, sideKeys bool) (viewOut, bool) {
	if out, ok := r.hl.Update(msg, &r.pager, at); ok {
		return viewOut{lightsOut: out}, true
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return r.key(msg, at.shown, sideKeys), true
	case selectQuoteMsg:
		if r.hl.Quote(&r.pager, at.an, msg.quote) {
			return viewOut{lightsOut: lightsOut{noted: true}, leave: true}, true
		}
	case selectPersonMsg:
		return r.choosePerson(at.an, msg.person), true
	default:
		return viewOut{}, false
	}
	return viewOut{}, true
}

// key is Update for a key: esc puts the lights out and lists all the
// quotes; the sidebar takes its keys when it has the focus (sideKeys),
// the body the rest while an article is shown.
func (r *articleView) key(msg tea.KeyPressMsg, shown, sideKeys bool) viewOut {
	if key.Matches(msg, r.clear) {
		r.hl.Off(&r.pager)
		r.side.FilterQuotes(-1, "")
		return viewOut{leave: true}
	}
	if sideKeys {
		if cmd, ok := r.side.HandleKey(msg); ok {
			return viewOut{lightsOut: lightsOut{cmd: cmd}}
		}
	}
	if !shown {
		return viewOut{}
	}
	var cmd tea.Cmd
	r.pager, cmd = r.pager.Update(msg)
	return viewOut{lightsOut: lightsOut{cmd: cmd}}
}

// choosePerson lists person i's quotes in the sidebar and lights their
// mentions in the body.
func (r *articleView) choosePerson(an *extract.Analysis, i int) viewOut {
	if an == nil || i < 0 || i >= len(an.People) {
		return viewOut{}
	}
	p := an.People[i]
	name := safetext.Line(p.Name)
	r.side.FilterQuotes(i, name)
	if r.hl.Light(&r.pager, name, p.Mentions) {
		return viewOut{lightsOut: lightsOut{noted: true}, leave: true}
	}
	return viewOut{lightsOut: lightsOut{note: name + ": no mentions", noted: true}}
}

// apply colours the quotes of d's analysis in the body and lists its
// people and quotes in the sidebar; it does nothing before the analysis
// is done.
func (r *articleView) apply(d *doc, st Styles) {
	an := d.analysis()
	if an == nil {
		return
	}
	if d.rows == nil {
		d.rows = newSideRows(an)
	}
	r.pager.SetMarks(quoteMarks(an, d.rows.ranks, st))
	r.side.SetRows(d.rows)
}

// reset empties the view for another article: nothing lit, the sidebar
// waiting for an analysis.
func (r *articleView) reset() {
	r.hl.forget()
	r.side.Reset()
}

// analysed takes the end of the analysis under way of d, the article
// shown: it applies the analysis, or when it failed (err), in the current
// load generation (current), says so in the sidebar and returns the note
// for the status bar. (A failure of an older run may not repeat.)
func (r *articleView) analysed(d *doc, err error, current bool, st Styles) (note string) {
	switch {
	case err == nil:
		r.apply(d, st)
	case current:
		r.side.SetFailed()
		return err.Error()
	}
	return ""
}

// whole puts art, the whole article, in place of its start, keeping the
// reader's place; at the end of the start, G before the rest was in, the
// end stays the article's.
func (r *articleView) whole(art *article.Article) tea.Cmd {
	atEnd := r.pager.ScrollPercent() >= 1 && r.pager.Scrolled()
	cmd := r.pager.ReplaceArticle(art)
	if atEnd {
		toBottom(&r.pager)
	}
	return cmd
}

// grow puts art, a newer snapshot of the streaming article d, in the
// pager in place of d's (see pager.ReplaceArticle): the line at the top
// stays, except at the bottom, where the view follows the growing text,
// like tail -f. Marks and highlights stay while their offsets are still
// good (the old body is the start of the new one).
func (r *articleView) grow(d *doc, art *article.Article) tea.Cmd {
	old := d.art
	d.art = art
	cmd := r.whole(art)
	if d.anArt != nil && !fits(art, d.anArt) {
		d.anArt, d.rows = nil, nil
		r.side.Reset()
		r.pager.SetMarks(nil)
	}
	if r.hl.Lit() && !fits(art, old) {
		r.hl.Off(&r.pager)
	}
	return cmd
}
