//go:build glamour

package main

// Linking Glamour runs its packages' init (chroma's lexers and styles,
// goldmark, bluemonday) before main, as it does in byline.
import _ "charm.land/glamour/v2"
