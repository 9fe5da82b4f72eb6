<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChangesWorkspace</name>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>%n record changed</numerusform>
            <numerusform>%n records changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (above the sensitivity ceiling)</source>
        <translation>
            <numerusform>%n left out (above the sensitivity ceiling)</numerusform>
            <numerusform>%n left out (above the sensitivity ceiling)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>{part}: %n row(s)</source>
        <translation>
            <numerusform>{part}: %n row</numerusform>
            <numerusform>{part}: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n action plan</numerusform>
            <numerusform>%n action plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Header on row(s) {rows}</source>
        <translation>
            <numerusform>Header on row {rows}</numerusform>
            <numerusform>Header on rows {rows}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDisplay</name>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) could be a source. In the PIM Matrix, such data comes from: {categories}.</source>
        <translation>
            <numerusform>%n system could be a source. In the PIM Matrix, such data comes from: {categories}.</numerusform>
            <numerusform>%n systems could be a source. In the PIM Matrix, such data comes from: {categories}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingWorkspace</name>
    <message numerus="yes">
        <source>{name} runs %n information system(s). Deleting it takes it off those systems; the systems stay, and systems it was the only organisation of are left without one.

Delete {name}? (Edit &gt; Undo brings it back.)</source>
        <translation>
            <numerusform>{name} runs %n information system. Deleting it takes it off that system; the system stays, and is left without an organisation if {name} was its only one.

Delete {name}? (Edit &gt; Undo brings it back.)</numerusform>
            <numerusform>{name} runs %n information systems. Deleting it takes it off those systems; the systems stay, and systems it was the only organisation of are left without one.

Delete {name}? (Edit &gt; Undo brings it back.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixWorkspace</name>
    <message numerus="yes">
        <source>%n entry(ies) changed or added</source>
        <translation>
            <numerusform>%n entry changed or added</numerusform>
            <numerusform>%n entries changed or added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>entries</comment>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the operation&apos;s own</source>
        <translation>
            <numerusform>%n row of the operation&apos;s own</numerusform>
            <numerusform>%n rows of the operation&apos;s own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansWorkspace</name>
    <message numerus="yes">
        <source>%n challenge(s), {overdue} overdue</source>
        <translation>
            <numerusform>%n challenge, {overdue} overdue</numerusform>
            <numerusform>%n challenges, {overdue} overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the plan {title} with its %n challenge(s)? (Edit &gt; Undo brings it back.)</source>
        <translation>
            <numerusform>Delete the plan {title} with its %n challenge? (Edit &gt; Undo brings it back.)</numerusform>
            <numerusform>Delete the plan {title} with its %n challenges? (Edit &gt; Undo brings it back.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the group {theme} with its %n challenge(s)? (Edit &gt; Undo brings it back.)</source>
        <translation>
            <numerusform>Delete the group {theme} with its %n challenge? (Edit &gt; Undo brings it back.)</numerusform>
            <numerusform>Delete the group {theme} with its %n challenges? (Edit &gt; Undo brings it back.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessWorkspace</name>
    <message numerus="yes">
        <source>{reviewed} of %n system(s) reviewed</source>
        <translation>
            <numerusform>{reviewed} of %n system reviewed</numerusform>
            <numerusform>{reviewed} of %n systems reviewed</numerusform>
        </translation>
    </message>
</context>
</TS>
