<map version="1.0.1">
<node CREATED="1700000000000" ID="ID_1" MODIFIED="1700000000000" TEXT="Anatomie: Herz">
<node CREATED="1700000000001" ID="ID_2" POSITION="right" TEXT="Wie viele Kammern hat das Herz?">
<node CREATED="1700000000002" ID="ID_3" TEXT="Vier: zwei Vorhöfe und zwei Ventrikel"/>
</node>
<node CREATED="1700000000003" ID="ID_4" POSITION="right" TEXT="Welche Klappe liegt zwischen linkem Vorhof und linker Kammer?">
<node CREATED="1700000000004" ID="ID_5" TEXT="Mitralklappe (Bikuspidalklappe)"/>
</node>
<node CREATED="1700000000005" ID="ID_6" POSITION="left" TEXT="Was ist der Schrittmacher des Herzens?">
<node CREATED="1700000000006" ID="ID_7" TEXT="Sinusknoten"/>
</node>
</node>
</map>
