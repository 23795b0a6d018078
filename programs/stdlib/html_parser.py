# html, html.parser and html.entities: escape/unescape, an HTMLParser subclass seeing tags, data, comments, entities and declarations
import html
from html.entities import codepoint2name, html5, name2codepoint
from html.parser import HTMLParser

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &eacute; &#233; &#x41; &notit; &nbsp;|"))
print(name2codepoint["amp"], codepoint2name[169], html5["gt;"], len(html5) > 2000)


class Show(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)

    def handle_endtag(self, tag):
        print("end", tag)

    def handle_startendtag(self, tag, attrs):
        print("startend", tag, attrs)

    def handle_data(self, data):
        if data.strip():
            print("data", repr(data))

    def handle_comment(self, data):
        print("comment", repr(data))

    def handle_entityref(self, name):
        print("entityref", name)

    def handle_charref(self, name):
        print("charref", name)

    def handle_decl(self, decl):
        print("decl", decl)

    def handle_pi(self, data):
        print("pi", data)


doc = """<!DOCTYPE html>
<html><head><title>T &amp; T</title></head>
<body class="main" id=b1>
<!-- a comment -->
<p>Hello <b>world</b>&#33; <br/> <img src="a.png" alt='x'></p>
<script>if (a < b) { x = "</p>"; }</script>
<?php echo 1 ?>
</body></html>"""
Show(convert_charrefs=False).feed(doc)
p = Show()
p.feed("<div>split ")
p.feed("across &amp; feeds</div>")
p.close()
print(p.getpos())
