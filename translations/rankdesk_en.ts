<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source> Retry after %n second(s).</source>
        <translation>
            <numerusform> Retry after %n second.</numerusform>
            <numerusform> Retry after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogReader</name>
    <message numerus="yes">
        <source>the audit log did not end within %n page(s).</source>
        <translation>
            <numerusform>the audit log did not end within %n page.</numerusform>
            <numerusform>the audit log did not end within %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the audit log came back to a page it had already given (after %n page(s)), so it would never end.</source>
        <translation>
            <numerusform>the audit log came back to a page it had already given (after %n page), so it would never end.</numerusform>
            <numerusform>the audit log came back to a page it had already given (after %n pages), so it would never end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were sent but their answer was lost; resume to check them.</source>
        <translation>
            <numerusform>%n change was sent but its answer was lost; resume to check it.</numerusform>
            <numerusform>%n changes were sent but their answer was lost; resume to check them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cancel waits for %n change(s) that were sent and whose answer was lost: resume to check them (nothing new is sent), then it completes.</source>
        <translation>
            <numerusform>The cancel waits for %n change that was sent and whose answer was lost: resume to check it (nothing new is sent), then it completes.</numerusform>
            <numerusform>The cancel waits for %n changes that were sent and whose answer was lost: resume to check them (nothing new is sent), then it completes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchService</name>
    <message numerus="yes">
        <source>The cancel waits for %n change(s) that were sent and whose answer was lost: resume to check them (nothing new is sent), then it completes.</source>
        <translation>
            <numerusform>The cancel waits for %n change that was sent and whose answer was lost: resume to check it (nothing new is sent), then it completes.</numerusform>
            <numerusform>The cancel waits for %n changes that were sent and whose answer was lost: resume to check them (nothing new is sent), then it completes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPlanDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln member(s) change, %2 stay as they are.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln member change, %2 stay as they are.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln members change, %2 stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %Ln member(s)</source>
        <translation>
            <numerusform>&amp;Apply to %Ln member</numerusform>
            <numerusform>&amp;Apply to %Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bulk changes %n member(s); add --yes to apply them without a terminal</source>
        <translation>
            <numerusform>bulk changes %n member; add --yes to apply them without a terminal</numerusform>
            <numerusform>bulk changes %n members; add --yes to apply them without a terminal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 cancelled; %n item(s) were not sent.</source>
        <translation>
            <numerusform>Batch %1 cancelled; %n item were not sent.</numerusform>
            <numerusform>Batch %1 cancelled; %n items were not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3-separated, %n data row(s).</source>
        <translation>
            <numerusform>%1: %2, %3-separated, %n data row.</numerusform>
            <numerusform>%1: %2, %3-separated, %n data rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n line was not valid UTF-8 and was read as Windows-1252.</numerusform>
            <numerusform>%n lines were not valid UTF-8 and were read as Windows-1252.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rankdesk-cli: nothing was applied: %n row(s) are invalid or conflict. Fix them, or pass --skip-invalid to apply only the valid rows.</source>
        <translation>
            <numerusform>rankdesk-cli: nothing was applied: %n row is invalid or conflict. Fix them, or pass --skip-invalid to apply only the valid rows.</numerusform>
            <numerusform>rankdesk-cli: nothing was applied: %n rows are invalid or conflict. Fix them, or pass --skip-invalid to apply only the valid rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>%n change written to %1.</numerusform>
            <numerusform>%n changes written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the audit log added to the history</source>
        <translation>
            <numerusform>%n change from the audit log added to the history</numerusform>
            <numerusform>%n changes from the audit log added to the history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n made by Rankdesk, already there).</source>
        <translation>
            <numerusform> (%n made by Rankdesk, already there).</numerusform>
            <numerusform> (%n made by Rankdesk, already there).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had been sent before and their answer was lost; check those members.</source>
        <translation>
            <numerusform>%n item had been sent before and its answer was lost; check that member.</numerusform>
            <numerusform>%n items had been sent before and their answer was lost; check those members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n sent, outcome not recorded yet (checked first on resume).</source>
        <translation>
            <numerusform> %n sent, outcome not recorded yet (checked first on resume).</numerusform>
            <numerusform> %n sent, outcomes not recorded yet (checked first on resume).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>%1 (%2), %Ln member(s).</source>
        <translation>
            <numerusform>%1 (%2), %Ln member.</numerusform>
            <numerusform>%1 (%2), %Ln members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>%Ln matching change(s)</source>
        <translation>
            <numerusform>%Ln matching change</numerusform>
            <numerusform>%Ln matching changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation>
            <numerusform>%n changes selected.</numerusform>
            <numerusform>%n changes selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1</source>
        <translation>
            <numerusform>%Ln change written to %1</numerusform>
            <numerusform>%Ln changes written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HyraWriter</name>
    <message numerus="yes">
        <source>Workspace %1 answers; %n group role(s) linked.</source>
        <translation>
            <numerusform>Workspace %1 answers; %n group role linked.</numerusform>
            <numerusform>Workspace %1 answers; %n group roles linked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportApplyPage</name>
    <message numerus="yes">
        <source>%n change(s) can be applied as one stored, resumable batch; </source>
        <translation>
            <numerusform>%n change can be applied as one stored, resumable batch; </numerusform>
            <numerusform>%n changes can be applied as one stored, resumable batch; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are left out (invalid, conflicting, duplicate or already there).</source>
        <translation>
            <numerusform>%n row is left out (invalid, conflicting, duplicate or already there).</numerusform>
            <numerusform>%n rows are left out (invalid, conflicting, duplicate or already there).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s) now</source>
        <translation>
            <numerusform>&amp;Apply %n change now</numerusform>
            <numerusform>&amp;Apply %n changes now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message numerus="yes">
        <source>Checking %n row(s) against the roster…</source>
        <translation>
            <numerusform>Checking %n row against the roster…</numerusform>
            <numerusform>Checking %n rows against the roster…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n line was not valid UTF-8 and was read as Windows-1252.</numerusform>
            <numerusform>%n lines were not valid UTF-8 and were read as Windows-1252.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReadPage</name>
    <message numerus="yes">
        <source>%1 · %2-separated · %n column(s) · first %3 rows shown</source>
        <translation>
            <numerusform>%1 · %2-separated · %n column · first %3 rows shown</numerusform>
            <numerusform>%1 · %2-separated · %n columns · first %3 rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Loaded %Ln member(s).</source>
        <translation>
            <numerusform>Loaded %Ln member.</numerusform>
            <numerusform>Loaded %Ln members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln member(s). </source>
        <translation>
            <numerusform>Loaded %Ln member. </numerusform>
            <numerusform>Loaded %Ln members. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rank change(s) were made outside Rankdesk since the last refresh; they are in the history.</source>
        <translation>
            <numerusform>%n rank change was made outside Rankdesk since the last refresh; they are in the history.</numerusform>
            <numerusform>%n rank changes were made outside Rankdesk since the last refresh; they are in the history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the audit log: %n page(s), </source>
        <translation>
            <numerusform>Reading the audit log: %n page, </numerusform>
            <numerusform>Reading the audit log: %n pages, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) so far…</source>
        <translation>
            <numerusform>%n change so far…</numerusform>
            <numerusform>%n changes so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n change(s) added to the history</source>
        <translation>
            <numerusform>Audit log: %n change added to the history</numerusform>
            <numerusform>Audit log: %n changes added to the history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n made by Rankdesk, already there).</source>
        <translation>
            <numerusform> (%n made by Rankdesk, already there).</numerusform>
            <numerusform> (%n made by Rankdesk, already there).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankRules</name>
    <message numerus="yes">
        <source>%1 is only %n assignable rank(s) below the top; it cannot move up %2.</source>
        <translation>
            <numerusform>%1 is only %n assignable rank below the top; it cannot move up %2.</numerusform>
            <numerusform>%1 is only %n assignable ranks below the top; it cannot move up %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %n assignable rank(s) above the bottom; it cannot move down %2.</source>
        <translation>
            <numerusform>%1 is only %n assignable rank above the bottom; it cannot move down %2.</numerusform>
            <numerusform>%1 is only %n assignable ranks above the bottom; it cannot move down %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterLoader</name>
    <message numerus="yes">
        <source>the member list came back to a page it had already given (after %n page(s)), so it would never end.</source>
        <translation>
            <numerusform>the member list came back to a page it had already given (after %n page), so it would never end.</numerusform>
            <numerusform>the member list came back to a page it had already given (after %n pages), so it would never end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeskWriter</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
