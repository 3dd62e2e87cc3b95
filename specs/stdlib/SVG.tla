--------------------------------- MODULE SVG ---------------------------------
(***************************************************************************)
(* tlatrace's own text of the community module SVG, written for tlatrace   *)
(* from the documented meaning of each operator.  An SVG element is a      *)
(* record [name, attrs, children, innerText]: the tag, a function from     *)
(* attribute names to strings, a sequence of child elements and the text   *)
(* inside the element.  Coordinates and sizes are turned into strings with *)
(* ToString.                                                               *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE Integers
LOCAL INSTANCE TLC
LOCAL INSTANCE FiniteSets

\* The attributes of both a and b; a's value wins where both have one.
LOCAL Combined(a, b) ==
  [k \in DOMAIN a \cup DOMAIN b |-> IF k \in DOMAIN a THEN a[k] ELSE b[k]]

\* The element with tag name, attributes attrs, child elements children (a
\* sequence) and inner text innerText.
SVGElem(name, attrs, children, innerText) ==
  [name |-> name, attrs |-> attrs, children |-> children, innerText |-> innerText]

\* A line from (x1, y1) to (x2, y2); attrs adds further attributes.
Line(x1, y1, x2, y2, attrs) ==
  SVGElem("line",
          Combined(("x1" :> ToString(x1)) @@ ("y1" :> ToString(y1))
                     @@ ("x2" :> ToString(x2)) @@ ("y2" :> ToString(y2)), attrs),
          << >>, "")

\* A circle of radius r centred on (cx, cy).
Circle(cx, cy, r, attrs) ==
  SVGElem("circle",
          Combined(("cx" :> ToString(cx)) @@ ("cy" :> ToString(cy))
                     @@ ("r" :> ToString(r)), attrs),
          << >>, "")

\* A rectangle with top-left corner (x, y), width w and height h.
Rect(x, y, w, h, attrs) ==
  SVGElem("rect",
          Combined(("x" :> ToString(x)) @@ ("y" :> ToString(y))
                     @@ ("width" :> ToString(w)) @@ ("height" :> ToString(h)), attrs),
          << >>, "")

\* The string text placed at (x, y).
Text(x, y, text, attrs) ==
  SVGElem("text", Combined(("x" :> ToString(x)) @@ ("y" :> ToString(y)), attrs),
          << >>, text)

\* The image at address href, placed at (x, y) with the given size.
Image(x, y, width, height, href, attrs) ==
  SVGElem("image",
          Combined(("xlink:href" :> href) @@ ("x" :> ToString(x)) @@ ("y" :> ToString(y))
                     @@ ("width" :> ToString(width)) @@ ("height" :> ToString(height)),
                   attrs),
          << >>, "")

\* A group of the elements of the sequence children.
Group(children, attrs) == SVGElem("g", attrs, children, "")

\* An svg element holding the sequence children.
Svg(children, attrs) == SVGElem("svg", attrs, children, "")

\* A whole SVG document holding the single element children, with view box
\* (vbX, vbY, vbW, vbH) and the SVG and XLink name spaces declared.
SVGDoc(children, vbX, vbY, vbW, vbH, attrs) ==
  Svg(<< children >>,
      Combined(("xmlns:xlink" :> "http://www.w3.org/1999/xlink")
                 @@ ("xmlns" :> "http://www.w3.org/2000/svg")
                 @@ ("viewBox" :> ToString(vbX) \o " " \o ToString(vbY) \o " "
                                    \o ToString(vbW) \o " " \o ToString(vbH)),
               attrs))

\* native: the element as SVG (XML) text: its tag, its attributes, its inner
\* text and its children, recursively.
SVGElemToString(elem) == CHOOSE text \in STRING : TRUE

\* native: the position [x |-> ..., y |-> ...] of the n-th of m nodes placed
\* evenly on the circle of radius r centred on (cx, cy).
NodeOfRingNetwork(cx, cy, r, n, m) == CHOOSE p \in [x : Int, y : Int] : TRUE

\* native: a layout of the directed graph (nodes, edges): a function from
\* each node to its position [x |-> ..., y |-> ...]; options names the
\* layout algorithm and its settings.
NodesOfDirectedMultiGraph(nodes, edges, options) ==
  CHOOSE layout \in [nodes -> [x : Int, y : Int]] : TRUE

\* The point at 1/segment of the way from the point from to the point to.
PointOnLine(from, to, segment) ==
  [x |-> from.x + (to.x - from.x) \div segment,
   y |-> from.y + (to.y - from.y) \div segment]

\* Writes the text of svg to the file frameNamePrefix followed by
\* frameNumber padded with zeros to three digits and ".svg"; equals TRUE
\* when the file was written.
SVGSerialize(svg, frameNamePrefix, frameNumber) ==
  LET IO == INSTANCE IOUtils
  IN  IO!Serialize(SVGElemToString(svg),
                   frameNamePrefix \o IO!zeroPadN(frameNumber, 3) \o ".svg",
                   [format |-> "TXT", charset |-> "UTF-8",
                    openOptions |-> << "WRITE", "CREATE", "TRUNCATE_EXISTING" >>])

=============================================================================
