<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AclEditor</name>
    <message numerus="yes">
        <source>ACL set on %Ln node(s)…</source>
        <translation>
            <numerusform>ACL set on %Ln node…</numerusform>
            <numerusform>ACL set on %Ln nodes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AclWriter</name>
    <message numerus="yes">
        <source>ACL set on %Ln node(s) under {0}.</source>
        <translation>
            <numerusform>ACL set on %Ln node under {0}.</numerusform>
            <numerusform>ACL set on %Ln nodes under {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) could not be changed, e.g. {0}</source>
        <translation>
            <numerusform>%Ln node could not be changed: {0}</numerusform>
            <numerusform>%Ln nodes could not be changed, e.g. {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteNodeDialog</name>
    <message numerus="yes">
        <source>Delete these %Ln node(s) and everything under them?</source>
        <translation>
            <numerusform>Delete this node and everything under it?</numerusform>
            <numerusform>Delete these %Ln nodes and everything under them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) will be deleted</source>
        <translation>
            <numerusform>%Ln node will be deleted</numerusform>
            <numerusform>%Ln nodes will be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} and its %Ln descendant(s).</source>
        <translation>
            <numerusform>{0}: {1} and its %Ln descendant.</numerusform>
            <numerusform>{0}: {1} and its %Ln descendants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: the %Ln selected node(s).</source>
        <translation>
            <numerusform>{0}: the selected node.</numerusform>
            <numerusform>{0}: the %Ln selected nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: the {1} selected nodes and their %Ln descendant(s).</source>
        <translation>
            <numerusform>{0}: the {1} selected nodes and %Ln descendant.</numerusform>
            <numerusform>{0}: the {1} selected nodes and their %Ln descendants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message numerus="yes">
        <source>%Ln line(s) only in %1</source>
        <translation>
            <numerusform>%Ln line only in %1</numerusform>
            <numerusform>%Ln lines only in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) only on the server</source>
        <translation>
            <numerusform>%Ln line only on the server</numerusform>
            <numerusform>%Ln lines only on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) only in your text</source>
        <translation>
            <numerusform>%Ln line only in your text</numerusform>
            <numerusform>%Ln lines only in your text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%1: %n value(s) seen while the app is open.</source>
        <translation>
            <numerusform>%1: %n value seen while the app is open.</numerusform>
            <numerusform>%1: %n values seen while the app is open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipeCounts</name>
    <message numerus="yes">
        <source>%n waiting.</source>
        <translation>
            <numerusform>%n waiting.</numerusform>
            <numerusform>%n waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other candidate(s).</source>
        <translation>
            <numerusform>%n other candidate.</numerusform>
            <numerusform>%n other candidates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s) held or asked for; Curator keeps the maximum in its clients.</source>
        <translation>
            <numerusform>%n lease held or asked for; Curator keeps the maximum in its clients.</numerusform>
            <numerusform>%n leases held or asked for; Curator keeps the maximum in its clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being processed.</source>
        <translation>
            <numerusform>%n being processed.</numerusform>
            <numerusform>%n being processed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inside.</source>
        <translation>
            <numerusform>%n inside.</numerusform>
            <numerusform>%n inside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln node</numerusform>
            <numerusform>%Ln nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubtreeDelete</name>
    <message numerus="yes">
        <source>%Ln node(s) deleted.</source>
        <translation>
            <numerusform>%Ln node deleted.</numerusform>
            <numerusform>%Ln nodes deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s).</source>
        <translation>
            <numerusform>… and %n more error.</numerusform>
            <numerusform>… and %n more errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionBuilder</name>
    <message numerus="yes">
        <source>Committed: all %n operation(s) applied at once.</source>
        <translation>
            <numerusform>Committed: the %n operation was applied.</numerusform>
            <numerusform>Committed: all %n operations applied at once.</numerusform>
        </translation>
    </message>
</context>
</TS>
