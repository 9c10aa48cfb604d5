module github.com/byline-reader/byline

go 1.26.8
