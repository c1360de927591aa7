<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Accessories</name>
        <message>
            <source>SIM tray</source>
            <translation>SIM tray</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Charger</source>
            <translation>Charger</translation>
        </message>
        <message>
            <source>Cable</source>
            <translation>Cable</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Box</translation>
        </message>
        <message>
            <source>Memory card</source>
            <translation>Memory card</translation>
        </message>
        <message>
            <source>Stylus</source>
            <translation>Stylus</translation>
        </message>
        <message>
            <source>, </source>
            <extracomment>Between the names of accessories in a list ("SIM tray, Case").</extracomment>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>AuditChain</name>
        <message>
            <source>the first entry does not start the chain: entries before it are missing</source>
            <translation>the first entry does not start the chain: entries before it are missing</translation>
        </message>
        <message>
            <source>its previous hash is not the hash of the entry before it (rid %1): an entry between them is missing or was edited</source>
            <translation>its previous hash is not the hash of the entry before it (rid %1): an entry between them is missing or was edited</translation>
        </message>
        <message>
            <source>its hash does not match its contents: the entry was edited</source>
            <translation>its hash does not match its contents: the entry was edited</translation>
        </message>
        <message>
            <source>another entry of station %1 already follows the same entry: one of them replaced an entry</source>
            <translation>another entry of station %1 already follows the same entry: one of them replaced an entry</translation>
        </message>
        <message>
            <source>the entry of station %1 it follows is not in this store: it is missing</source>
            <translation>the entry of station %1 it follows is not in this store: it is missing</translation>
        </message>
    </context>
    <context>
        <name>Authority</name>
        <message>
            <source>No user is signed in (or the user %1 does not exist): nothing is done without a known user.</source>
            <translation>No user is signed in (or the user %1 does not exist): nothing is done without a known user.</translation>
        </message>
        <message>
            <source>%1 is disabled and can do nothing at this center.</source>
            <translation>%1 is disabled and can do nothing at this center.</translation>
        </message>
        <message>
            <source>%1 (%2) may not %3.</source>
            <translation>%1 (%2) may not %3.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a readable store: %2</source>
            <translation>%1 is not a readable store: %2</translation>
        </message>
        <message>
            <source>%1 is damaged: %2</source>
            <translation>%1 is damaged: %2</translation>
        </message>
        <message>
            <source>%1 has no readable schema version.</source>
            <translation>%1 has no readable schema version.</translation>
        </message>
        <message>
            <source>%1 has schema version %2; this program knows up to %3.</source>
            <translation>%1 has schema version %2; this program knows up to %3.</translation>
        </message>
        <message>
            <source>%1 is not a Repair Counter store.</source>
            <translation>%1 is not a Repair Counter store.</translation>
        </message>
        <message>
            <source>Cannot copy %1 to %2.</source>
            <translation>Cannot copy %1 to %2.</translation>
        </message>
        <message>
            <source>Cannot open %1 to flush it.</source>
            <translation>Cannot open %1 to flush it.</translation>
        </message>
        <message>
            <source>Flushing %1 to disk failed.</source>
            <translation>Flushing %1 to disk failed.</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 does not exist.</translation>
        </message>
        <message>
            <source>%1 exists already.</source>
            <translation>%1 exists already.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>Backup to %1</source>
            <translation>Backup to %1</translation>
        </message>
        <message>
            <source>Backup %1: %2</source>
            <translation>Backup %1: %2</translation>
        </message>
        <message>
            <source>Cannot rename %1 to %2.</source>
            <translation>Cannot rename %1 to %2.</translation>
        </message>
        <message>
            <source>Cannot delete the old backup %1.</source>
            <translation>Cannot delete the old backup %1.</translation>
        </message>
        <message>
            <source>Not restoring: the backup failed its check. %1</source>
            <translation>Not restoring: the backup failed its check. %1</translation>
        </message>
        <message>
            <source>The store %1 exists; add --force to replace it (it is kept in %2).</source>
            <translation>The store %1 exists; add --force to replace it (it is kept in %2).</translation>
        </message>
        <message>
            <source>Cannot create the folder for %1.</source>
            <translation>Cannot create the folder for %1.</translation>
        </message>
        <message>
            <source>Cannot move %1 aside.</source>
            <translation>Cannot move %1 aside.</translation>
        </message>
        <message>
            <source>Cannot move the restored copy to %1.</source>
            <translation>Cannot move the restored copy to %1.</translation>
        </message>
        <message>
            <source>Cannot create %1.</source>
            <translation>Cannot create %1.</translation>
        </message>
        <message>
            <source>Cannot protect %1.</source>
            <translation>Cannot protect %1.</translation>
        </message>
        <message>
            <source>Cannot protect the folder %1.</source>
            <translation>Cannot protect the folder %1.</translation>
        </message>
        <message>
            <source>The store was restored but could not be opened to record it: %1</source>
            <translation>The store was restored but could not be opened to record it: %1</translation>
        </message>
        <message>
            <source>Not restoring: the version clock of %1 cannot be read. %2</source>
            <translation>Not restoring: the version clock of %1 cannot be read. %2</translation>
        </message>
    </context>
    <context>
        <name>CenterAdmin</name>
        <message>
            <source>This store is set up already (it has users): sign in as a manager to change its settings.</source>
            <translation>This store is set up already (it has users): sign in as a manager to change its settings.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Show this help.</source>
            <translation>Show this help.</translation>
        </message>
        <message>
            <source>The store (SQLite file). Default: $REPAIR_COUNTER_DB, else the application data folder.</source>
            <translation>The store (SQLite file). Default: $REPAIR_COUNTER_DB, else the application data folder.</translation>
        </message>
        <message>
            <source>Print the store's path, schema version and size.</source>
            <translation>Print the store's path, schema version and size.</translation>
        </message>
        <message>
            <source>db info takes no arguments</source>
            <translation>db info takes no arguments</translation>
        </message>
        <message>
            <source>PRAGMA integrity_check instead of quick_check (slower, also checks index contents).</source>
            <translation>PRAGMA integrity_check instead of quick_check (slower, also checks index contents).</translation>
        </message>
        <message>
            <source>Check the store for damage. Exit 1 when it is damaged.</source>
            <translation>Check the store for damage. Exit 1 when it is damaged.</translation>
        </message>
        <message>
            <source>db check takes no arguments</source>
            <translation>db check takes no arguments</translation>
        </message>
        <message>
            <source>%1 rows refer to records that do not exist</source>
            <translation>%1 rows refer to records that do not exist</translation>
        </message>
        <message>
            <source>the store %1 is damaged: %2. %3</source>
            <translation>the store %1 is damaged: %2. %3</translation>
        </message>
        <message>
            <source>There is no automatic backup.</source>
            <translation>There is no automatic backup.</translation>
        </message>
        <message>
            <source>The latest backup is %1 (repairctl db restore).</source>
            <translation>The latest backup is %1 (repairctl db restore).</translation>
        </message>
        <message>
            <source>Where to write the copy.</source>
            <translation>Where to write the copy.</translation>
        </message>
        <message>
            <source>Write a checked copy of the store to FILE (which must not exist).</source>
            <translation>Write a checked copy of the store to FILE (which must not exist).</translation>
        </message>
        <message>
            <source>db backup takes one FILE</source>
            <translation>db backup takes one FILE</translation>
        </message>
        <message>
            <source>%1 exists already</source>
            <translation>%1 exists already</translation>
        </message>
        <message>
            <source>Replace an existing store (it is kept in the backup folder).</source>
            <translation>Replace an existing store (it is kept in the backup folder).</translation>
        </message>
        <message>
            <source>The backup to restore.</source>
            <translation>The backup to restore.</translation>
        </message>
        <message>
            <source>db restore takes one FILE</source>
            <translation>db restore takes one FILE</translation>
        </message>
        <message>
            <source>How many tickets (default 200).</source>
            <translation>How many tickets (default 200).</translation>
        </message>
        <message>
            <source>The random seed: the same seed gives the same data.</source>
            <translation>The random seed: the same seed gives the same data.</translation>
        </message>
        <message>
            <source>The center code (default DEMO).</source>
            <translation>The center code (default DEMO).</translation>
        </message>
        <message>
            <source>Fill an empty store with realistic synthetic data.</source>
            <translation>Fill an empty store with realistic synthetic data.</translation>
        </message>
        <message>
            <source>--center takes letters and digits only</source>
            <translation>--center takes letters and digits only</translation>
        </message>
        <message>
            <source>--center takes 1 to 8 letters and digits</source>
            <translation>--center takes 1 to 8 letters and digits</translation>
        </message>
        <message>
            <source>IMEI, IMEISV, MEID or ESN as scanned or typed.</source>
            <translation>IMEI, IMEISV, MEID or ESN as scanned or typed.</translation>
        </message>
        <message>
            <source>Read one input per line from standard input.</source>
            <translation>Read one input per line from standard input.</translation>
        </message>
        <message>
            <source>Check device identifiers: one JSON object per input. Exit 0 if all are valid, 1 if any is not.</source>
            <translation>Check device identifiers: one JSON object per input. Exit 0 if all are valid, 1 if any is not.</translation>
        </message>
        <message>
            <source>cannot read standard input</source>
            <translation>cannot read standard input</translation>
        </message>
        <message>
            <source>imei check needs at least one INPUT or --stdin</source>
            <translation>imei check needs at least one INPUT or --stdin</translation>
        </message>
        <message>
            <source>First day of the range (YYYY-MM-DD).</source>
            <translation>First day of the range (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Last day of the range (YYYY-MM-DD).</source>
            <translation>Last day of the range (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Print CSV instead of JSON.</source>
            <translation>Print CSV instead of JSON.</translation>
        </message>
        <message>
            <source>Print the manager's figures for a date range: tickets received and completed, turnaround, repeat repairs, warranty vs paid, revenue, per technician.</source>
            <translation>Print the manager's figures for a date range: tickets received and completed, turnaround, repeat repairs, warranty vs paid, revenue, per technician.</translation>
        </message>
        <message>
            <source>report kpis needs --from and --to as YYYY-MM-DD</source>
            <translation>report kpis needs --from and --to as YYYY-MM-DD</translation>
        </message>
        <message>
            <source>--to is before --from</source>
            <translation>--to is before --from</translation>
        </message>
        <message>
            <source>Print the price list as CSV (UTF-8, RFC 4180).</source>
            <translation>Print the price list as CSV (UTF-8, RFC 4180).</translation>
        </message>
        <message>
            <source>price export takes no arguments</source>
            <translation>price export takes no arguments</translation>
        </message>
        <message>
            <source>The CSV file to import.</source>
            <translation>The CSV file to import.</translation>
        </message>
        <message>
            <source>Add and update price items from a CSV file, all or nothing (columns: code,kind,name_zh,name_en,unit_price,currency,stock,active).</source>
            <translation>Add and update price items from a CSV file, all or nothing (columns: code,kind,name_zh,name_en,unit_price,currency,stock,active).</translation>
        </message>
        <message>
            <source>price import takes one file</source>
            <translation>price import takes one file</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>cannot read %1: %2</translation>
        </message>
        <message>
            <source>The ticket number.</source>
            <translation>The ticket number.</translation>
        </message>
        <message>
            <source>thermal80 (80 mm roll) or a4; the label has its own 50 × 30 mm stock.</source>
            <translation>thermal80 (80 mm roll) or a4; the label has its own 50 × 30 mm stock.</translation>
        </message>
        <message>
            <source>The paper's language: zh_CN or en.</source>
            <translation>The paper's language: zh_CN or en.</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>The PDF file to write.</translation>
        </message>
        <message>
            <source>customer (phone masked) or shop (full phone number).</source>
            <translation>customer (phone masked) or shop (full phone number).</translation>
        </message>
        <message>
            <source>Mark the paper as a reprint, with the time.</source>
            <translation>Mark the paper as a reprint, with the time.</translation>
        </message>
        <message>
            <source>receipt render takes one ticket NUMBER</source>
            <translation>receipt render takes one ticket NUMBER</translation>
        </message>
        <message>
            <source>--format must be thermal80 or a4</source>
            <translation>--format must be thermal80 or a4</translation>
        </message>
        <message>
            <source>--lang must be zh_CN or en</source>
            <translation>--lang must be zh_CN or en</translation>
        </message>
        <message>
            <source>--copy must be customer or shop</source>
            <translation>--copy must be customer or shop</translation>
        </message>
        <message>
            <source>--out FILE.pdf is required</source>
            <translation>--out FILE.pdf is required</translation>
        </message>
        <message>
            <source>At most N (default 20).</source>
            <translation>At most N (default 20).</translation>
        </message>
        <message>
            <source>A ticket number, an IMEI or its last 4–6 digits, a phone prefix or its last 4 digits, or any part of a customer's name.</source>
            <translation>A ticket number, an IMEI or its last 4–6 digits, a phone prefix or its last 4 digits, or any part of a customer's name.</translation>
        </message>
        <message>
            <source>Find tickets, newest first, one JSON object per line. Exit 1 when nothing is found.</source>
            <translation>Find tickets, newest first, one JSON object per line. Exit 1 when nothing is found.</translation>
        </message>
        <message>
            <source>search needs a QUERY</source>
            <translation>search needs a QUERY</translation>
        </message>
        <message>
            <source>Either IMEI of the phone.</source>
            <translation>Either IMEI of the phone.</translation>
        </message>
        <message>
            <source>Every ticket of a phone, oldest first, with the repeat-repair flag (JSON lines).</source>
            <translation>Every ticket of a phone, oldest first, with the repeat-repair flag (JSON lines).</translation>
        </message>
        <message>
            <source>device history takes one IMEI</source>
            <translation>device history takes one IMEI</translation>
        </message>
        <message>
            <source>HQ's base URL, e.g. https://hq.example.com (default: the sync.hq_url setting).</source>
            <translation>HQ's base URL, e.g. https://hq.example.com (default: the sync.hq_url setting).</translation>
        </message>
        <message>
            <source>Push what is pending, pull what the other stations sent, then exit (0: all sent and applied).</source>
            <translation>Push what is pending, pull what the other stations sent, then exit (0: all sent and applied).</translation>
        </message>
        <message>
            <source>Seconds between passes when idle.</source>
            <translation>Seconds between passes when idle.</translation>
        </message>
        <message>
            <source>With --once: stop retrying after S seconds (default 300).</source>
            <translation>With --once: stop retrying after S seconds (default 300).</translation>
        </message>
        <message>
            <source>Records per batch (default 500).</source>
            <translation>Records per batch (default 500).</translation>
        </message>
        <message>
            <source>Request timeout in milliseconds.</source>
            <translation>Request timeout in milliseconds.</translation>
        </message>
        <message>
            <source>First retry delay ceiling in milliseconds.</source>
            <translation>First retry delay ceiling in milliseconds.</translation>
        </message>
        <message>
            <source>Push the outbox to HQ. Runs until stopped, or with --once until nothing is left to send.</source>
            <translation>Push the outbox to HQ. Runs until stopped, or with --once until nothing is left to send.</translation>
        </message>
        <message>
            <source>sync run takes no arguments</source>
            <translation>sync run takes no arguments</translation>
        </message>
        <message>
            <source>give --hq http(s)://HOST[:PORT] (or set sync.hq_url)</source>
            <translation>give --hq http(s)://HOST[:PORT] (or set sync.hq_url)</translation>
        </message>
        <message>
            <source>gave up: %1</source>
            <translation>gave up: %1</translation>
        </message>
        <message>
            <source>Print the sync state: pending, quarantined, last_success, last_error (JSON).</source>
            <translation>Print the sync state: pending, quarantined, last_success, last_error (JSON).</translation>
        </message>
        <message>
            <source>sync status takes no arguments</source>
            <translation>sync status takes no arguments</translation>
        </message>
        <message>
            <source>List quarantined outbox rows with their errors (one JSON object per line).</source>
            <translation>List quarantined outbox rows with their errors (one JSON object per line).</translation>
        </message>
        <message>
            <source>Only this outbox row (default: all quarantined).</source>
            <translation>Only this outbox row (default: all quarantined).</translation>
        </message>
        <message>
            <source>Put quarantined rows back in line for the next sync.</source>
            <translation>Put quarantined rows back in line for the next sync.</translation>
        </message>
        <message>
            <source>The IMEI (15 digits).</source>
            <translation>The IMEI (15 digits).</translation>
        </message>
        <message>
            <source>The second IMEI of a dual-SIM phone.</source>
            <translation>The second IMEI of a dual-SIM phone.</translation>
        </message>
        <message>
            <source>The customer's name.</source>
            <translation>The customer's name.</translation>
        </message>
        <message>
            <source>The customer's phone.</source>
            <translation>The customer's phone.</translation>
        </message>
        <message>
            <source>The fault as described.</source>
            <translation>The fault as described.</translation>
        </message>
        <message>
            <source>The component at fault (main_unit, screen, battery, …). Default main_unit.</source>
            <translation>The component at fault (main_unit, screen, battery, …). Default main_unit.</translation>
        </message>
        <message>
            <source>performance, cosmetic, software or none_found. Default performance.</source>
            <translation>performance, cosmetic, software or none_found. Default performance.</translation>
        </message>
        <message>
            <source>The sale date from the invoice (YYYY-MM-DD).</source>
            <translation>The sale date from the invoice (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>The brand.</source>
            <translation>The brand.</translation>
        </message>
        <message>
            <source>The model.</source>
            <translation>The model.</translation>
        </message>
        <message>
            <source>Register a phone: prints the new ticket (JSON) once it is safely on disk.</source>
            <translation>Register a phone: prints the new ticket (JSON) once it is safely on disk.</translation>
        </message>
        <message>
            <source>--%1 is required</source>
            <translation>--%1 is required</translation>
        </message>
        <message>
            <source>ticket create takes options only</source>
            <translation>ticket create takes options only</translation>
        </message>
        <message>
            <source>Print one ticket with its customer, device and timeline.</source>
            <translation>Print one ticket with its customer, device and timeline.</translation>
        </message>
        <message>
            <source>ticket show takes one NUMBER</source>
            <translation>ticket show takes one NUMBER</translation>
        </message>
        <message>
            <source>no ticket %1</source>
            <translation>no ticket %1</translation>
        </message>
        <message>
            <source>Only tickets in this status (e.g. waiting_parts).</source>
            <translation>Only tickets in this status (e.g. waiting_parts).</translation>
        </message>
        <message>
            <source>At most N (default 50).</source>
            <translation>At most N (default 50).</translation>
        </message>
        <message>
            <source>List tickets, newest first, one JSON object per line.</source>
            <translation>List tickets, newest first, one JSON object per line.</translation>
        </message>
        <message>
            <source>unknown status %1</source>
            <translation>unknown status %1</translation>
        </message>
        <message>
            <source>A case (JSON), or one case per line; - or nothing reads standard input.</source>
            <translation>A case (JSON), or one case per line; - or nothing reads standard input.</translation>
        </message>
        <message>
            <source>An extra policy folder (default: the data folder's policies/).</source>
            <translation>An extra policy folder (default: the data folder's policies/).</translation>
        </message>
        <message>
            <source>Evaluate warranty cases: one verdict (JSON) per case, in the order given.</source>
            <translation>Evaluate warranty cases: one verdict (JSON) per case, in the order given.</translation>
        </message>
        <message>
            <source>warranty evaluate takes at most one FILE</source>
            <translation>warranty evaluate takes at most one FILE</translation>
        </message>
        <message>
            <source>line %1: case: not a JSON object (%2)</source>
            <translation>line %1: case: not a JSON object (%2)</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>not an object</translation>
        </message>
        <message>
            <source>no case given</source>
            <translation>no case given</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
        <message>
            <source>The center code (2–8 capital letters or digits).</source>
            <translation>The center code (2–8 capital letters or digits).</translation>
        </message>
        <message>
            <source>The center's name, printed on receipts.</source>
            <translation>The center's name, printed on receipts.</translation>
        </message>
        <message>
            <source>The center's address.</source>
            <translation>The center's address.</translation>
        </message>
        <message>
            <source>The center's phone.</source>
            <translation>The center's phone.</translation>
        </message>
        <message>
            <source>This counter's station code (two digits).</source>
            <translation>This counter's station code (two digits).</translation>
        </message>
        <message>
            <source>The statutory policy (default cn-sanbao).</source>
            <translation>The statutory policy (default cn-sanbao).</translation>
        </message>
        <message>
            <source>A brand policy (default none).</source>
            <translation>A brand policy (default none).</translation>
        </message>
        <message>
            <source>The first manager's user name.</source>
            <translation>The first manager's user name.</translation>
        </message>
        <message>
            <source>The first manager's name.</source>
            <translation>The first manager's name.</translation>
        </message>
        <message>
            <source>Set up a fresh store: the center and its first manager, whose PIN is read from standard input (one line).</source>
            <translation>Set up a fresh store: the center and its first manager, whose PIN is read from standard input (one line).</translation>
        </message>
        <message>
            <source>setup takes options only</source>
            <translation>setup takes options only</translation>
        </message>
        <message>
            <source>PIN for %1: </source>
            <translation>PIN for %1: </translation>
        </message>
        <message>
            <source>give the manager's PIN on standard input (one line)</source>
            <translation>give the manager's PIN on standard input (one line)</translation>
        </message>
        <message>
            <source>The new user name.</source>
            <translation>The new user name.</translation>
        </message>
        <message>
            <source>The person's name.</source>
            <translation>The person's name.</translation>
        </message>
        <message>
            <source>clerk, technician or manager.</source>
            <translation>clerk, technician or manager.</translation>
        </message>
        <message>
            <source>Add a user (manager); the new PIN is read from standard input (one line).</source>
            <translation>Add a user (manager); the new PIN is read from standard input (one line).</translation>
        </message>
        <message>
            <source>user add takes one USER</source>
            <translation>user add takes one USER</translation>
        </message>
        <message>
            <source>--role is clerk, technician or manager</source>
            <translation>--role is clerk, technician or manager</translation>
        </message>
        <message>
            <source>New PIN for %1: </source>
            <translation>New PIN for %1: </translation>
        </message>
        <message>
            <source>give the new user's PIN on standard input (one line)</source>
            <translation>give the new user's PIN on standard input (one line)</translation>
        </message>
        <message>
            <source>The user name.</source>
            <translation>The user name.</translation>
        </message>
        <message>
            <source>Disable a user (manager): they can do nothing until enabled again.</source>
            <translation>Disable a user (manager): they can do nothing until enabled again.</translation>
        </message>
        <message>
            <source>Enable a disabled user again (manager).</source>
            <translation>Enable a disabled user again (manager).</translation>
        </message>
        <message>
            <source>%1 takes one USER</source>
            <translation>%1 takes one USER</translation>
        </message>
        <message>
            <source>no user %1</source>
            <translation>no user %1</translation>
        </message>
        <message>
            <source>List the users, one JSON object per line.</source>
            <translation>List the users, one JSON object per line.</translation>
        </message>
        <message>
            <source>user list takes no arguments</source>
            <translation>user list takes no arguments</translation>
        </message>
        <message>
            <source>The setting, e.g. center.name.</source>
            <translation>The setting, e.g. center.name.</translation>
        </message>
        <message>
            <source>Print one setting (its default when never set).</source>
            <translation>Print one setting (its default when never set).</translation>
        </message>
        <message>
            <source>settings get takes one KEY</source>
            <translation>settings get takes one KEY</translation>
        </message>
        <message>
            <source>Its new value.</source>
            <translation>Its new value.</translation>
        </message>
        <message>
            <source>Change one setting (manager; audited), checked as the Settings screen checks it.</source>
            <translation>Change one setting (manager; audited), checked as the Settings screen checks it.</translation>
        </message>
        <message>
            <source>settings set takes KEY and VALUE</source>
            <translation>settings set takes KEY and VALUE</translation>
        </message>
        <message>
            <source>%1 is not a setting (known: %2)</source>
            <translation>%1 is not a setting (known: %2)</translation>
        </message>
        <message>
            <source>a whole number from %1 to %2 is needed, not "%3"</source>
            <translation>a whole number from %1 to %2 is needed, not "%3"</translation>
        </message>
        <message>
            <source>Who does it (default: $REPAIRCTL_USER). The PIN comes from $REPAIRCTL_PIN, else it is asked on the terminal.</source>
            <translation>Who does it (default: $REPAIRCTL_USER). The PIN comes from $REPAIRCTL_PIN, else it is asked on the terminal.</translation>
        </message>
        <message>
            <source>this command changes the store: say who does it with --user NAME (or REPAIRCTL_USER)</source>
            <translation>this command changes the store: say who does it with --user NAME (or REPAIRCTL_USER)</translation>
        </message>
        <message>
            <source>no PIN for %1: set REPAIRCTL_PIN, or run on a terminal to be asked</source>
            <translation>no PIN for %1: set REPAIRCTL_PIN, or run on a terminal to be asked</translation>
        </message>
        <message>
            <source>no PIN for %1</source>
            <translation>no PIN for %1</translation>
        </message>
        <message>
            <source>The fault code from the 性能故障表.</source>
            <translation>The fault code from the 性能故障表.</translation>
        </message>
        <message>
            <source>What proves the sale date: invoice, invoice_copy or warranty_card.</source>
            <translation>What proves the sale date: invoice, invoice_copy or warranty_card.</translation>
        </message>
        <message>
            <source>The factory date, when there is no sale date (YYYY-MM-DD).</source>
            <translation>The factory date, when there is no sale date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>A condition mark (screen_cracked, liquid_marks, opened_before, …); repeat.</source>
            <translation>A condition mark (screen_cracked, liquid_marks, opened_before, …); repeat.</translation>
        </message>
        <message>
            <source>The condition in words.</source>
            <translation>The condition in words.</translation>
        </message>
        <message>
            <source>An accessory received (sim_tray, case, charger, …); repeat.</source>
            <translation>An accessory received (sim_tray, case, charger, …); repeat.</translation>
        </message>
        <message>
            <source>The customer was told data may be lost and agreed (required).</source>
            <translation>The customer was told data may be lost and agreed (required).</translation>
        </message>
        <message>
            <source>no_lock, removed_by_customer, customer_will_unlock or not_needed.</source>
            <translation>no_lock, removed_by_customer, customer_will_unlock or not_needed.</translation>
        </message>
        <message>
            <source>--backup-consent is required: tell the customer data may be lost and ask them to back up first</source>
            <translation>--backup-consent is required: tell the customer data may be lost and ask them to back up first</translation>
        </message>
        <message>
            <source>--%1 %2 is not a date (YYYY-MM-DD)</source>
            <translation>--%1 %2 is not a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>--passcode: unknown value %1</source>
            <translation>--passcode: unknown value %1</translation>
        </message>
        <message>
            <source>%1 takes one ticket NUMBER</source>
            <translation>%1 takes one ticket NUMBER</translation>
        </message>
        <message>
            <source>The technician's user name.</source>
            <translation>The technician's user name.</translation>
        </message>
        <message>
            <source>Take the ticket yourself (a technician).</source>
            <translation>Take the ticket yourself (a technician).</translation>
        </message>
        <message>
            <source>Take the ticket away from its technician.</source>
            <translation>Take the ticket away from its technician.</translation>
        </message>
        <message>
            <source>Give a ticket to a technician (clerk, manager), or take it (technician).</source>
            <translation>Give a ticket to a technician (clerk, manager), or take it (technician).</translation>
        </message>
        <message>
            <source>give one of --technician USER, --take, --unassign</source>
            <translation>give one of --technician USER, --take, --unassign</translation>
        </message>
        <message>
            <source>What the tests showed (required).</source>
            <translation>What the tests showed (required).</translation>
        </message>
        <message>
            <source>The cause found.</source>
            <translation>The cause found.</translation>
        </message>
        <message>
            <source>A fault code of the 性能故障表; repeat.</source>
            <translation>A fault code of the 性能故障表; repeat.</translation>
        </message>
        <message>
            <source>Damage found (liquid, drop, crush, cracked_screen, unauthorized_repair, tampered_label, force_majeure); repeat. Without it the damage noted at intake stands.</source>
            <translation>Damage found (liquid, drop, crush, cracked_screen, unauthorized_repair, tampered_label, force_majeure); repeat. Without it the damage noted at intake stands.</translation>
        </message>
        <message>
            <source>No damage at all (clears what intake noted).</source>
            <translation>No damage at all (clears what intake noted).</translation>
        </message>
        <message>
            <source>repair (default), no_fault or cannot_repair.</source>
            <translation>repair (default), no_fault or cannot_repair.</translation>
        </message>
        <message>
            <source>Record the diagnosis (technician); the warranty is evaluated again with what was found.</source>
            <translation>Record the diagnosis (technician); the warranty is evaluated again with what was found.</translation>
        </message>
        <message>
            <source>--findings is required</source>
            <translation>--findings is required</translation>
        </message>
        <message>
            <source>give --damage or --no-damage, not both</source>
            <translation>give --damage or --no-damage, not both</translation>
        </message>
        <message>
            <source>--outcome is repair, no_fault or cannot_repair, not %1</source>
            <translation>--outcome is repair, no_fault or cannot_repair, not %1</translation>
        </message>
        <message>
            <source>A line from the price list: CODE[:QTY[:covered|payable]]; repeat. Without covered/payable the warranty verdict decides.</source>
            <translation>A line from the price list: CODE[:QTY[:covered|payable]]; repeat. Without covered/payable the warranty verdict decides.</translation>
        </message>
        <message>
            <source>A note for the timeline.</source>
            <translation>A note for the timeline.</translation>
        </message>
        <message>
            <source>Issue the next quote revision (technician): the customer answers it before any repair.</source>
            <translation>Issue the next quote revision (technician): the customer answers it before any repair.</translation>
        </message>
        <message>
            <source>--line %1: write CODE[:QTY[:covered|payable]]</source>
            <translation>--line %1: write CODE[:QTY[:covered|payable]]</translation>
        </message>
        <message>
            <source>--line %1: the quantity: %2</source>
            <translation>--line %1: the quantity: %2</translation>
        </message>
        <message>
            <source>--line %1: the last part is covered or payable</source>
            <translation>--line %1: the last part is covered or payable</translation>
        </message>
        <message>
            <source>give at least one --line CODE[:QTY[:covered|payable]]</source>
            <translation>give at least one --line CODE[:QTY[:covered|payable]]</translation>
        </message>
        <message>
            <source>The customer approves the current quote.</source>
            <translation>The customer approves the current quote.</translation>
        </message>
        <message>
            <source>The customer declines it.</source>
            <translation>The customer declines it.</translation>
        </message>
        <message>
            <source>How they answered: counter, phone or message.</source>
            <translation>How they answered: counter, phone or message.</translation>
        </message>
        <message>
            <source>A note (e.g. who called).</source>
            <translation>A note (e.g. who called).</translation>
        </message>
        <message>
            <source>Record the customer's answer to the current quote revision (clerk).</source>
            <translation>Record the customer's answer to the current quote revision (clerk).</translation>
        </message>
        <message>
            <source>give --approve or --decline</source>
            <translation>give --approve or --decline</translation>
        </message>
        <message>
            <source>--method is counter, phone or message</source>
            <translation>--method is counter, phone or message</translation>
        </message>
        <message>
            <source>The amount, e.g. 12.50.</source>
            <translation>The amount, e.g. 12.50.</translation>
        </message>
        <message>
            <source>cash, card or mobile (also wechat, alipay, other).</source>
            <translation>cash, card or mobile (also wechat, alipay, other).</translation>
        </message>
        <message>
            <source>A deposit (订金, credited against the bill).</source>
            <translation>A deposit (订金, credited against the bill).</translation>
        </message>
        <message>
            <source>The terminal or transfer reference.</source>
            <translation>The terminal or transfer reference.</translation>
        </message>
        <message>
            <source>Take a payment or a deposit (clerk).</source>
            <translation>Take a payment or a deposit (clerk).</translation>
        </message>
        <message>
            <source>--amount needs an amount such as 12.50, not "%1"</source>
            <translation>--amount needs an amount such as 12.50, not "%1"</translation>
        </message>
        <message>
            <source>--method is cash, card or mobile (or wechat, alipay, other)</source>
            <translation>--method is cash, card or mobile (or wechat, alipay, other)</translation>
        </message>
        <message>
            <source>the payment was taken, but the ticket could not be read</source>
            <translation>the payment was taken, but the ticket could not be read</translation>
        </message>
        <message>
            <source>Start the repair.</source>
            <translation>Start the repair.</translation>
        </message>
        <message>
            <source>Repaired: ready for pickup (with the checks done).</source>
            <translation>Repaired: ready for pickup (with the checks done).</translation>
        </message>
        <message>
            <source>Waiting for parts (--note names the part).</source>
            <translation>Waiting for parts (--note names the part).</translation>
        </message>
        <message>
            <source>The parts arrived: back to repairing.</source>
            <translation>The parts arrived: back to repairing.</translation>
        </message>
        <message>
            <source>It cannot be fixed (--note says why).</source>
            <translation>It cannot be fixed (--note says why).</translation>
        </message>
        <message>
            <source>A post-repair check passed (%1); repeat.</source>
            <translation>A post-repair check passed (%1); repeat.</translation>
        </message>
        <message>
            <source>Every post-repair check passed.</source>
            <translation>Every post-repair check passed.</translation>
        </message>
        <message>
            <source>A part fitted: CODE[:QTY] from the price list; repeat.</source>
            <translation>A part fitted: CODE[:QTY] from the price list; repeat.</translation>
        </message>
        <message>
            <source>Repair steps (technician).</source>
            <translation>Repair steps (technician).</translation>
        </message>
        <message>
            <source>give one of --start, --finish, --wait-parts, --parts-arrived, --cannot-fix</source>
            <translation>give one of --start, --finish, --wait-parts, --parts-arrived, --cannot-fix</translation>
        </message>
        <message>
            <source>--check %1: not a post-repair check (%2)</source>
            <translation>--check %1: not a post-repair check (%2)</translation>
        </message>
        <message>
            <source>--part %1: write CODE[:QTY]</source>
            <translation>--part %1: write CODE[:QTY]</translation>
        </message>
        <message>
            <source>The IMEI scanned from the phone now (required).</source>
            <translation>The IMEI scanned from the phone now (required).</translation>
        </message>
        <message>
            <source>Every accessory received at intake goes back.</source>
            <translation>Every accessory received at intake goes back.</translation>
        </message>
        <message>
            <source>One accessory that goes back; repeat.</source>
            <translation>One accessory that goes back; repeat.</translation>
        </message>
        <message>
            <source>Why an accessory stays with the center.</source>
            <translation>Why an accessory stays with the center.</translation>
        </message>
        <message>
            <source>Hand the phone back (clerk): the IMEI must match, the balance be paid, the accessories be returned.</source>
            <translation>Hand the phone back (clerk): the IMEI must match, the balance be paid, the accessories be returned.</translation>
        </message>
        <message>
            <source>--imei is required: scan the phone's IMEI (*#06#)</source>
            <translation>--imei is required: scan the phone's IMEI (*#06#)</translation>
        </message>
        <message>
            <source>The status to move to.</source>
            <translation>The status to move to.</translation>
        </message>
        <message>
            <source>Why (goes into the timeline).</source>
            <translation>Why (goes into the timeline).</translation>
        </message>
        <message>
            <source>A plain status change. The moves that are steps of their own (quote, answer, repair, pickup, cancel) are refused with the command to use.</source>
            <translation>A plain status change. The moves that are steps of their own (quote, answer, repair, pickup, cancel) are refused with the command to use.</translation>
        </message>
        <message>
            <source>--to needs a status (received, diagnosing, quoted, …), not "%1"</source>
            <translation>--to needs a status (received, diagnosing, quoted, …), not "%1"</translation>
        </message>
        <message>
            <source>The new verdict: yes (covered) or no.</source>
            <translation>The new verdict: yes (covered) or no.</translation>
        </message>
        <message>
            <source>Why (required; goes into the audit trail).</source>
            <translation>Why (required; goes into the audit trail).</translation>
        </message>
        <message>
            <source>Override the warranty verdict (manager), with a reason.</source>
            <translation>Override the warranty verdict (manager), with a reason.</translation>
        </message>
        <message>
            <source>--covered is yes or no</source>
            <translation>--covered is yes or no</translation>
        </message>
        <message>
            <source>--reason is required</source>
            <translation>--reason is required</translation>
        </message>
        <message>
            <source>Why (required; goes into the timeline).</source>
            <translation>Why (required; goes into the timeline).</translation>
        </message>
        <message>
            <source>The note.</source>
            <translation>The note.</translation>
        </message>
        <message>
            <source>Add a note to a ticket's timeline.</source>
            <translation>Add a note to a ticket's timeline.</translation>
        </message>
        <message>
            <source>--text is required</source>
            <translation>--text is required</translation>
        </message>
        <message>
            <source>The IMEI on the papers against the phone: match or mismatch.</source>
            <translation>The IMEI on the papers against the phone: match or mismatch.</translation>
        </message>
        <message>
            <source>--proof %1 is not invoice, invoice_copy or warranty_card</source>
            <translation>--proof %1 is not invoice, invoice_copy or warranty_card</translation>
        </message>
        <message>
            <source>--imei-on-papers %1 is not match or mismatch</source>
            <translation>--imei-on-papers %1 is not match or mismatch</translation>
        </message>
        <message>
            <source>audit chain broken in %1 at row %2 (id %3): %4</source>
            <translation>audit chain broken in %1 at row %2 (id %3): %4</translation>
        </message>
        <message>
            <source>Replace the store with a backup, after checking the backup. Refused while another program has the store open: close the counter first.</source>
            <translation>Replace the store with a backup, after checking the backup. Refused while another program has the store open: close the counter first.</translation>
        </message>
        <message>
            <source>%1 (command line)</source>
            <translation>%1 (command line)</translation>
        </message>
        <message>
            <source>The center's token (visible to every user of the machine: prefer --token-file or RC_HQ_TOKEN; default: the sync.token setting).</source>
            <translation>The center's token (visible to every user of the machine: prefer --token-file or RC_HQ_TOKEN; default: the sync.token setting).</translation>
        </message>
        <message>
            <source>Read the center's token from FILE (its first line).</source>
            <translation>Read the center's token from FILE (its first line).</translation>
        </message>
        <message>
            <source>give --token or --token-file, not both</source>
            <translation>give --token or --token-file, not both</translation>
        </message>
        <message>
            <source>cannot read the token file %1</source>
            <translation>cannot read the token file %1</translation>
        </message>
        <message>
            <source>the token file %1 is empty</source>
            <translation>the token file %1 is empty</translation>
        </message>
        <message>
            <source>give --token-file FILE or RC_HQ_TOKEN (or set sync.token)</source>
            <translation>give --token-file FILE or RC_HQ_TOKEN (or set sync.token)</translation>
        </message>
        <message>
            <source>A refund (退货, CN-04): --amount and --method.</source>
            <translation>A refund (退货, CN-04): --amount and --method.</translation>
        </message>
        <message>
            <source>An exchange of the phone (换货): --new-imei and --check or --all-checks.</source>
            <translation>An exchange of the phone (换货): --new-imei and --check or --all-checks.</translation>
        </message>
        <message>
            <source>Replace the faulty accessory (CN-13).</source>
            <translation>Replace the faulty accessory (CN-13).</translation>
        </message>
        <message>
            <source>The price on the invoice, e.g. 2999.00.</source>
            <translation>The price on the invoice, e.g. 2999.00.</translation>
        </message>
        <message>
            <source>How the money goes back: cash, card or mobile.</source>
            <translation>How the money goes back: cash, card or mobile.</translation>
        </message>
        <message>
            <source>The replacement phone's IMEI.</source>
            <translation>The replacement phone's IMEI.</translation>
        </message>
        <message>
            <source>The replacement phone's second IMEI.</source>
            <translation>The replacement phone's second IMEI.</translation>
        </message>
        <message>
            <source>An exchange condition confirmed (box_complete, no_wear, imei_label_intact, dates_agree, brand_N); repeat.</source>
            <translation>An exchange condition confirmed (box_complete, no_wear, imei_label_intact, dates_agree, brand_N); repeat.</translation>
        </message>
        <message>
            <source>Every exchange condition confirmed.</source>
            <translation>Every exchange condition confirmed.</translation>
        </message>
        <message>
            <source>What becomes of the exchanged phone: to_maker (default) or kept.</source>
            <translation>What becomes of the exchanged phone: to_maker (default) or kept.</translation>
        </message>
        <message>
            <source>A manager's reason for a remedy the verdict does not allow.</source>
            <translation>A manager's reason for a remedy the verdict does not allow.</translation>
        </message>
        <message>
            <source>Close a ticket with the remedy its warranty verdict allows (clerk, manager).</source>
            <translation>Close a ticket with the remedy its warranty verdict allows (clerk, manager).</translation>
        </message>
        <message>
            <source>give one of --refund, --exchange, --replace-accessory COMPONENT</source>
            <translation>give one of --refund, --exchange, --replace-accessory COMPONENT</translation>
        </message>
        <message>
            <source>--amount needs an amount such as 2999.00, not "%1"</source>
            <translation>--amount needs an amount such as 2999.00, not "%1"</translation>
        </message>
        <message>
            <source>--method cash|card|mobile is required</source>
            <translation>--method cash|card|mobile is required</translation>
        </message>
        <message>
            <source>--new-imei is required for an exchange</source>
            <translation>--new-imei is required for an exchange</translation>
        </message>
        <message>
            <source>confirm the exchange conditions: --check NAME (repeat) or --all-checks</source>
            <translation>confirm the exchange conditions: --check NAME (repeat) or --all-checks</translation>
        </message>
        <message>
            <source>The day (YYYY-MM-DD).</source>
            <translation>The day (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Print the till for one day (manager): per method (cash, card, mobile) the takings, refunds (negative), net and count.</source>
            <translation>Print the till for one day (manager): per method (cash, card, mobile) the takings, refunds (negative), net and count.</translation>
        </message>
        <message>
            <source>report till takes no arguments</source>
            <translation>report till takes no arguments</translation>
        </message>
        <message>
            <source>report till needs --date YYYY-MM-DD</source>
            <translation>report till needs --date YYYY-MM-DD</translation>
        </message>
        <message>
            <source>intake, quote, pickup, label, exchange (the exchange certificate), refund (the refund receipt), loan (the loan agreement) or loan-return (its return slip).</source>
            <translation>intake, quote, pickup, label, exchange (the exchange certificate), refund (the refund receipt), loan (the loan agreement) or loan-return (its return slip).</translation>
        </message>
        <message>
            <source>Render a ticket's paper (intake receipt, quote, pickup receipt, device label, exchange certificate or refund receipt) to a PDF file.</source>
            <translation>Render a ticket's paper (intake receipt, quote, pickup receipt, device label, exchange certificate or refund receipt) to a PDF file.</translation>
        </message>
        <message>
            <source>--kind must be intake, quote, pickup, label, exchange, refund, loan or loan-return</source>
            <translation>--kind must be intake, quote, pickup, label, exchange, refund, loan or loan-return</translation>
        </message>
        <message>
            <source>Ticket %1 was not closed by an exchange: it has no exchange certificate.</source>
            <translation>Ticket %1 was not closed by an exchange: it has no exchange certificate.</translation>
        </message>
        <message>
            <source>Ticket %1 was not closed by a refund: it has no refund receipt.</source>
            <translation>Ticket %1 was not closed by a refund: it has no refund receipt.</translation>
        </message>
        <message>
            <source>Keep the customer's deposit, with a written reason (audited); by default it goes back.</source>
            <translation>Keep the customer's deposit, with a written reason (audited); by default it goes back.</translation>
        </message>
        <message>
            <source>How the deposit goes back: cash, card, wechat, alipay, mobile or other (default: as it was paid).</source>
            <translation>How the deposit goes back: cash, card, wechat, alipay, mobile or other (default: as it was paid).</translation>
        </message>
        <message>
            <source>Cancel a ticket (clerk), with a reason. The customer's deposit goes back unless --keep-deposit says why not.</source>
            <translation>Cancel a ticket (clerk), with a reason. The customer's deposit goes back unless --keep-deposit says why not.</translation>
        </message>
        <message>
            <source>report %1 needs --from and --to as YYYY-MM-DD</source>
            <translation>report %1 needs --from and --to as YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Print the remedies of a date range by kind and rule ID: count and money gone back.</source>
            <translation>Print the remedies of a date range by kind and rule ID: count and money gone back.</translation>
        </message>
        <message>
            <source>Print every refund payment of a date range: date, ticket, amount, method, who and why.</source>
            <translation>Print every refund payment of a date range: date, ticket, amount, method, who and why.</translation>
        </message>
        <message>
            <source>How the customer was told: phone, message or letter.</source>
            <translation>How the customer was told: phone, message or letter.</translation>
        </message>
        <message>
            <source>A note on the notice (optional).</source>
            <translation>A note on the notice (optional).</translation>
        </message>
        <message>
            <source>Record a notice to collect a ready phone (clerk, manager).</source>
            <translation>Record a notice to collect a ready phone (clerk, manager).</translation>
        </message>
        <message>
            <source>--how phone|message|letter is required</source>
            <translation>--how phone|message|letter is required</translation>
        </message>
        <message>
            <source>Why the phone is disposed of (required; audited, in the timeline).</source>
            <translation>Why the phone is disposed of (required; audited, in the timeline).</translation>
        </message>
        <message>
            <source>Close an uncollected ready ticket as disposed (manager), uncollected.days after the last notice to collect.</source>
            <translation>Close an uncollected ready ticket as disposed (manager), uncollected.days after the last notice to collect.</translation>
        </message>
        <message>
            <source>Set a user's PIN (your own, or anyone's as a manager); the new PIN is read from standard input (one line).</source>
            <translation>Set a user's PIN (your own, or anyone's as a manager); the new PIN is read from standard input (one line).</translation>
        </message>
        <message>
            <source>user set-pin takes one USER</source>
            <translation>user set-pin takes one USER</translation>
        </message>
        <message>
            <source>give the new PIN on standard input (one line)</source>
            <translation>give the new PIN on standard input (one line)</translation>
        </message>
        <message>
            <source>note: the PIN of %1 is shorter than a manager's PIN now has to be (at least %2 digits); change it with `repairctl user set-pin %1`.</source>
            <translation>note: the PIN of %1 is shorter than a manager's PIN now has to be (at least %2 digits); change it with `repairctl user set-pin %1`.</translation>
        </message>
        <message>
            <source>note: the PIN of %1 is shorter than the center now asks for (security.min_pin_length); change it with `repairctl user set-pin %1`.</source>
            <translation>note: the PIN of %1 is shorter than the center now asks for (security.min_pin_length); change it with `repairctl user set-pin %1`.</translation>
        </message>
        <message>
            <source>The loaner phone's IMEI.</source>
            <translation>The loaner phone's IMEI.</translation>
        </message>
        <message>
            <source>Its model.</source>
            <translation>Its model.</translation>
        </message>
        <message>
            <source>The deposit asked when it is lent, e.g. 200.00.</source>
            <translation>The deposit asked when it is lent, e.g. 200.00.</translation>
        </message>
        <message>
            <source>Its condition: ok (default) or damaged.</source>
            <translation>Its condition: ok (default) or damaged.</translation>
        </message>
        <message>
            <source>Put a loaner phone on the list (clerk, manager).</source>
            <translation>Put a loaner phone on the list (clerk, manager).</translation>
        </message>
        <message>
            <source>%1 takes no arguments</source>
            <translation>%1 takes no arguments</translation>
        </message>
        <message>
            <source>--imei and --model are required</source>
            <translation>--imei and --model are required</translation>
        </message>
        <message>
            <source>--deposit is required (0 for none)</source>
            <translation>--deposit is required (0 for none)</translation>
        </message>
        <message>
            <source>--deposit needs an amount such as 200.00, not "%1"</source>
            <translation>--deposit needs an amount such as 200.00, not "%1"</translation>
        </message>
        <message>
            <source>Only the loans out, with their tickets and whether they are overdue.</source>
            <translation>Only the loans out, with their tickets and whether they are overdue.</translation>
        </message>
        <message>
            <source>The loaner phones, one JSON object per line.</source>
            <translation>The loaner phones, one JSON object per line.</translation>
        </message>
        <message>
            <source>How the deposit is paid: cash (default), card or mobile.</source>
            <translation>How the deposit is paid: cash (default), card or mobile.</translation>
        </message>
        <message>
            <source>The expected return date (default: in 14 days).</source>
            <translation>The expected return date (default: in 14 days).</translation>
        </message>
        <message>
            <source>Lend a loaner phone to a ticket's customer, the deposit taken (clerk, manager).</source>
            <translation>Lend a loaner phone to a ticket's customer, the deposit taken (clerk, manager).</translation>
        </message>
        <message>
            <source>--imei is required</source>
            <translation>--imei is required</translation>
        </message>
        <message>
            <source>--until needs a date YYYY-MM-DD, not "%1"</source>
            <translation>--until needs a date YYYY-MM-DD, not "%1"</translation>
        </message>
        <message>
            <source>Its condition as checked: ok or damaged.</source>
            <translation>Its condition as checked: ok or damaged.</translation>
        </message>
        <message>
            <source>Keep the deposit, for this written reason.</source>
            <translation>Keep the deposit, for this written reason.</translation>
        </message>
        <message>
            <source>Take a loaner phone back: the condition checked, the deposit returned or kept with a reason (clerk, manager).</source>
            <translation>Take a loaner phone back: the condition checked, the deposit returned or kept with a reason (clerk, manager).</translation>
        </message>
        <message>
            <source>--condition ok|damaged is required</source>
            <translation>--condition ok|damaged is required</translation>
        </message>
        <message>
            <source>Why it is written off.</source>
            <translation>Why it is written off.</translation>
        </message>
        <message>
            <source>Write off a loaner phone that is out, with a reason (manager).</source>
            <translation>Write off a loaner phone that is out, with a reason (manager).</translation>
        </message>
        <message>
            <source>Loaner phones out and overdue (JSON): the totals, then each loan.</source>
            <translation>Loaner phones out and overdue (JSON): the totals, then each loan.</translation>
        </message>
        <message>
            <source>intake, quote, pickup, label, loan or loan-return.</source>
            <translation>intake, quote, pickup, label, loan or loan-return.</translation>
        </message>
        <message>
            <source>--kind must be intake, quote, pickup, label, loan or loan-return</source>
            <translation>--kind must be intake, quote, pickup, label, loan or loan-return</translation>
        </message>
        <message>
            <source>Waive the diagnosis fee the ticket owes (manager), with a written reason (audited).</source>
            <translation>Waive the diagnosis fee the ticket owes (manager), with a written reason (audited).</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) refused by head office and set aside (repairctl sync quarantined lists them).</source>
            <translation>
                <numerusform>%n record refused by head office and set aside (repairctl sync quarantined lists them).</numerusform>
                <numerusform>%n records refused by head office and set aside (repairctl sync quarantined lists them).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Csv</name>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>The file is not UTF-8 text.</translation>
        </message>
        <message>
            <source>Line %1: a quote inside a field that does not start with one.</source>
            <translation>Line %1: a quote inside a field that does not start with one.</translation>
        </message>
        <message>
            <source>Line %1: text after the closing quote of a field.</source>
            <translation>Line %1: text after the closing quote of a field.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed.</source>
            <translation>Line %1: a quoted field is never closed.</translation>
        </message>
    </context>
    <context>
        <name>CustomerRepository</name>
        <message>
            <source>The customer's name is missing.</source>
            <translation>The customer's name is missing.</translation>
        </message>
        <message>
            <source>No customer %1.</source>
            <translation>No customer %1.</translation>
        </message>
        <message>
            <source>The customer was changed meanwhile; reload and try again.</source>
            <translation>The customer was changed meanwhile; reload and try again.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The store %1 does not exist.</source>
            <translation>The store %1 does not exist.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the store.</source>
            <translation>Cannot create the folder %1 for the store.</translation>
        </message>
        <message>
            <source>Cannot create the store %1: %2</source>
            <translation>Cannot create the store %1: %2</translation>
        </message>
        <message>
            <source>Cannot open the store %1: %2</source>
            <translation>Cannot open the store %1: %2</translation>
        </message>
        <message>
            <source>There is no automatic backup in %1.</source>
            <translation>There is no automatic backup in %1.</translation>
        </message>
        <message>
            <source>The latest backup is %1.</source>
            <translation>The latest backup is %1.</translation>
        </message>
        <message>
            <source>The file %1 is not a readable Repair Counter store.</source>
            <translation>The file %1 is not a readable Repair Counter store.</translation>
        </message>
        <message>
            <source>The store %1 has schema version %2, but this program knows only up to version %3. Use a newer Repair Counter.</source>
            <translation>The store %1 has schema version %2, but this program knows only up to version %3. Use a newer Repair Counter.</translation>
        </message>
        <message>
            <source>%1 failed: the disk holding the store is full (%2). Nothing of this change was saved; what was saved before is intact. Free some disk space and try again.</source>
            <translation>%1 failed: the disk holding the store is full (%2). Nothing of this change was saved; what was saved before is intact. Free some disk space and try again.</translation>
        </message>
        <message>
            <source>%1 failed: the disk could not be written or read (%2). Nothing of this change was saved. Check the disk and free space, then try again.</source>
            <translation>%1 failed: the disk could not be written or read (%2). Nothing of this change was saved. Check the disk and free space, then try again.</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 failed: %2</translation>
        </message>
        <message>
            <source>The file %1 is not a usable Repair Counter store (%2): %3</source>
            <translation>The file %1 is not a usable Repair Counter store (%2): %3</translation>
        </message>
        <message>
            <source>Not upgrading the store: the backup before the upgrade failed. %1</source>
            <translation>Not upgrading the store: the backup before the upgrade failed. %1</translation>
        </message>
        <message>
            <source>Upgrading the store to version %1 (%2) failed: %3</source>
            <translation>Upgrading the store to version %1 (%2) failed: %3</translation>
        </message>
        <message>
            <source>Not upgrading the store: the HQ token could not be moved out of it. %1</source>
            <translation>Not upgrading the store: the HQ token could not be moved out of it. %1</translation>
        </message>
    </context>
    <context>
        <name>DemoData</name>
        <message>
            <source>The number of tickets is negative.</source>
            <translation>The number of tickets is negative.</translation>
        </message>
        <message>
            <source>The store already has tickets; demo data goes into an empty store only.</source>
            <translation>The store already has tickets; demo data goes into an empty store only.</translation>
        </message>
        <message>
            <source>The store lacks the triggers of its search and report tables.</source>
            <translation>The store lacks the triggers of its search and report tables.</translation>
        </message>
    </context>
    <context>
        <name>DeviceId</name>
        <message numerus="yes">
            <source>Not an IMEI, MEID or ESN: wrong length or characters (%n character(s) after removing spaces and dashes).</source>
            <translation>
                <numerusform>Not an IMEI, MEID or ESN: wrong length or characters (%n character after removing spaces and dashes).</numerusform>
                <numerusform>Not an IMEI, MEID or ESN: wrong length or characters (%n characters after removing spaces and dashes).</numerusform>
            </translation>
        </message>
        <message>
            <source>The check digit is wrong: the last digit should be %1. Scan again or check for a swapped digit.</source>
            <translation>The check digit is wrong: the last digit should be %1. Scan again or check for a swapped digit.</translation>
        </message>
        <message>
            <source>Only 14 digits: with its check digit the IMEI is %1. Confirm against the phone.</source>
            <translation>Only 14 digits: with its check digit the IMEI is %1. Confirm against the phone.</translation>
        </message>
        <message>
            <source>An IMEI of all zeros is not a real device identifier.</source>
            <translation>An IMEI of all zeros is not a real device identifier.</translation>
        </message>
        <message>
            <source>This is the box's product barcode (13-digit EAN), not the IMEI. Scan the barcode labelled IMEI.</source>
            <translation>This is the box's product barcode (13-digit EAN), not the IMEI. Scan the barcode labelled IMEI.</translation>
        </message>
        <message>
            <source>The IMEI starts with 00 (test range): check it is the phone's real IMEI.</source>
            <translation>The IMEI starts with 00 (test range): check it is the phone's real IMEI.</translation>
        </message>
        <message>
            <source>The IMEI is mostly one repeated digit: check it is not a placeholder.</source>
            <translation>The IMEI is mostly one repeated digit: check it is not a placeholder.</translation>
        </message>
        <message>
            <source>The IMEI's digits run in sequence: check it is not a placeholder.</source>
            <translation>The IMEI's digits run in sequence: check it is not a placeholder.</translation>
        </message>
        <message>
            <source>The model code (TAC) is not in the table: enter brand and model by hand.</source>
            <translation>The model code (TAC) is not in the table: enter brand and model by hand.</translation>
        </message>
        <message>
            <source>This IMEI is already on another customer's device.</source>
            <translation>This IMEI is already on another customer's device.</translation>
        </message>
        <message>
            <source>The phone's two IMEIs are the same.</source>
            <translation>The phone's two IMEIs are the same.</translation>
        </message>
        <message>
            <source>The brand from the IMEI differs from the brand entered.</source>
            <translation>The brand from the IMEI differs from the brand entered.</translation>
        </message>
    </context>
    <context>
        <name>DeviceRepository</name>
        <message>
            <source>The device's IMEI is missing.</source>
            <translation>The device's IMEI is missing.</translation>
        </message>
    </context>
    <context>
        <name>DiagnosisRepository</name>
        <message>
            <source>Unknown diagnosis outcome "%1".</source>
            <translation>Unknown diagnosis outcome "%1".</translation>
        </message>
        <message>
            <source>The findings are missing.</source>
            <translation>The findings are missing.</translation>
        </message>
        <message>
            <source>Ticket %1 is "%2": a diagnosis is recorded while it is "%3".</source>
            <translation>Ticket %1 is "%2": a diagnosis is recorded while it is "%3".</translation>
        </message>
    </context>
    <context>
        <name>FaultCodes</name>
        <message>
            <source>A function in the manual fails</source>
            <translation>A function in the manual fails</translation>
        </message>
        <message>
            <source>Screen blank, garbled or missing segments</source>
            <translation>Screen blank, garbled or missing segments</translation>
        </message>
        <message>
            <source>Will not power on</source>
            <translation>Will not power on</translation>
        </message>
        <message>
            <source>Will not register or communicate</source>
            <translation>Will not register or communicate</translation>
        </message>
        <message>
            <source>No ring</source>
            <translation>No ring</translation>
        </message>
        <message>
            <source>Dialling errors</source>
            <translation>Dialling errors</translation>
        </message>
        <message>
            <source>Shuts down by itself</source>
            <translation>Shuts down by itself</translation>
        </message>
        <message>
            <source>SIM card contact fault</source>
            <translation>SIM card contact fault</translation>
        </message>
        <message>
            <source>Keys fail</source>
            <translation>Keys fail</translation>
        </message>
        <message>
            <source>No sound, one-way audio or wrong volume</source>
            <translation>No sound, one-way audio or wrong volume</translation>
        </message>
        <message>
            <source>Casing cracks from structure or material</source>
            <translation>Casing cracks from structure or material</translation>
        </message>
        <message>
            <source>Charger does not charge</source>
            <translation>Charger does not charge</translation>
        </message>
        <message>
            <source>Battery: fails after charging or capacity below 80 %</source>
            <translation>Battery: fails after charging or capacity below 80 %</translation>
        </message>
        <message>
            <source>Headset: no audio</source>
            <translation>Headset: no audio</translation>
        </message>
        <message>
            <source>Card does not work</source>
            <translation>Card does not work</translation>
        </message>
        <message>
            <source>Liquid ingress</source>
            <translation>Liquid ingress</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Crushed</source>
            <translation>Crushed</translation>
        </message>
        <message>
            <source>Cracked screen</source>
            <translation>Cracked screen</translation>
        </message>
        <message>
            <source>Opened or repaired by someone not authorised</source>
            <translation>Opened or repaired by someone not authorised</translation>
        </message>
        <message>
            <source>Warranty label or card altered</source>
            <translation>Warranty label or card altered</translation>
        </message>
        <message>
            <source>Force majeure (fire, flood…)</source>
            <translation>Force majeure (fire, flood…)</translation>
        </message>
    </context>
    <context>
        <name>IntakeDesk</name>
        <message>
            <source>The IMEI is missing.</source>
            <translation>The IMEI is missing.</translation>
        </message>
        <message>
            <source>IMEI %1: %2</source>
            <translation>IMEI %1: %2</translation>
        </message>
        <message>
            <source>Second IMEI %1: %2</source>
            <translation>Second IMEI %1: %2</translation>
        </message>
        <message>
            <source>The customer's name is missing.</source>
            <translation>The customer's name is missing.</translation>
        </message>
        <message>
            <source>The customer's phone "%1" has too few digits.</source>
            <translation>The customer's phone "%1" has too few digits.</translation>
        </message>
        <message>
            <source>The fault as described is missing.</source>
            <translation>The fault as described is missing.</translation>
        </message>
        <message>
            <source>The customer's data-backup consent is missing: tell them data may be lost and ask them to back up first.</source>
            <translation>The customer's data-backup consent is missing: tell them data may be lost and ask them to back up first.</translation>
        </message>
        <message>
            <source>Unknown fault category "%1" (performance, cosmetic, software, none_found).</source>
            <translation>Unknown fault category "%1" (performance, cosmetic, software, none_found).</translation>
        </message>
        <message>
            <source>Unknown component "%1" (main_unit, screen, mainboard, battery, charger, wired_headset, card, data_cable).</source>
            <translation>Unknown component "%1" (main_unit, screen, mainboard, battery, charger, wired_headset, card, data_cable).</translation>
        </message>
        <message>
            <source>Unknown condition mark "%1" (%2).</source>
            <translation>Unknown condition mark "%1" (%2).</translation>
        </message>
        <message>
            <source>No customer %1.</source>
            <translation>No customer %1.</translation>
        </message>
        <message>
            <source>Head office's answer is about another phone.</source>
            <translation>Head office's answer is about another phone.</translation>
        </message>
    </context>
    <context>
        <name>IntakeDraftRepository</name>
        <message>
            <source>An intake draft belongs to a user.</source>
            <translation>An intake draft belongs to a user.</translation>
        </message>
    </context>
    <context>
        <name>KpiReport</name>
        <message>
            <source>The report needs a start date on or before its end date.</source>
            <translation>The report needs a start date on or before its end date.</translation>
        </message>
        <message>
            <source>(no technician)</source>
            <translation>(no technician)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Screen cracked</source>
            <translation>Screen cracked</translation>
        </message>
        <message>
            <source>Back cracked</source>
            <translation>Back cracked</translation>
        </message>
        <message>
            <source>Scratches</source>
            <translation>Scratches</translation>
        </message>
        <message>
            <source>Dents (dropped)</source>
            <translation>Dents (dropped)</translation>
        </message>
        <message>
            <source>Bent or crushed</source>
            <translation>Bent or crushed</translation>
        </message>
        <message>
            <source>Liquid marks</source>
            <translation>Liquid marks</translation>
        </message>
        <message>
            <source>Opened elsewhere</source>
            <translation>Opened elsewhere</translation>
        </message>
        <message>
            <source>IMEI label damaged</source>
            <translation>IMEI label damaged</translation>
        </message>
        <message>
            <source>Does not power on</source>
            <translation>Does not power on</translation>
        </message>
        <message>
            <source>Charger</source>
            <translation>Charger</translation>
        </message>
        <message>
            <source>The phone has no screen lock</source>
            <translation>The phone has no screen lock</translation>
        </message>
        <message>
            <source>The customer removed the lock</source>
            <translation>The customer removed the lock</translation>
        </message>
        <message>
            <source>The customer will unlock it when needed</source>
            <translation>The customer will unlock it when needed</translation>
        </message>
        <message>
            <source>Not needed for this repair</source>
            <translation>Not needed for this repair</translation>
        </message>
        <message>
            <source>Main unit</source>
            <translation>Main unit</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Screen</translation>
        </message>
        <message>
            <source>Mainboard</source>
            <translation>Mainboard</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>Battery</translation>
        </message>
        <message>
            <source>Wired headset</source>
            <translation>Wired headset</translation>
        </message>
        <message>
            <source>SIM / data card</source>
            <translation>SIM / data card</translation>
        </message>
        <message>
            <source>Data cable</source>
            <translation>Data cable</translation>
        </message>
        <message>
            <source>Performance fault (三包)</source>
            <translation>Performance fault (三包)</translation>
        </message>
        <message>
            <source>Cosmetic</source>
            <translation>Cosmetic</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Software</translation>
        </message>
        <message>
            <source>No fault found</source>
            <translation>No fault found</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>refund</translation>
        </message>
        <message>
            <source>exchange</source>
            <translation>exchange</translation>
        </message>
        <message>
            <source>free repair</source>
            <translation>free repair</translation>
        </message>
        <message>
            <source>price reduction</source>
            <translation>price reduction</translation>
        </message>
        <message>
            <source>statutory warranty</source>
            <translation>statutory warranty</translation>
        </message>
        <message>
            <source>brand warranty</source>
            <translation>brand warranty</translation>
        </message>
        <message>
            <source>our repair warranty</source>
            <translation>our repair warranty</translation>
        </message>
    </context>
    <context>
        <name>LearnedTacRepository</name>
        <message>
            <source>A TAC is the first 8 digits of an IMEI: "%1" is not.</source>
            <translation>A TAC is the first 8 digits of an IMEI: "%1" is not.</translation>
        </message>
        <message>
            <source>Type the brand to remember for TAC %1.</source>
            <translation>Type the brand to remember for TAC %1.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>The outbox row's payload is not a JSON object.</source>
            <translation>The outbox row's payload is not a JSON object.</translation>
        </message>
    </context>
    <context>
        <name>PaymentRepository</name>
        <message>
            <source>Unknown payment kind "%1".</source>
            <translation>Unknown payment kind "%1".</translation>
        </message>
        <message>
            <source>The amount must be more than 0.</source>
            <translation>The amount must be more than 0.</translation>
        </message>
        <message>
            <source>Choose how the customer pays (cash, card, WeChat, Alipay, mobile payment, other).</source>
            <translation>Choose how the customer pays (cash, card, WeChat, Alipay, mobile payment, other).</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>see the queue and tickets</source>
            <translation>see the queue and tickets</translation>
        </message>
        <message>
            <source>register phones</source>
            <translation>register phones</translation>
        </message>
        <message>
            <source>assign tickets to technicians</source>
            <translation>assign tickets to technicians</translation>
        </message>
        <message>
            <source>take tickets</source>
            <translation>take tickets</translation>
        </message>
        <message>
            <source>diagnose and write quotes</source>
            <translation>diagnose and write quotes</translation>
        </message>
        <message>
            <source>record the customer's answer to a quote</source>
            <translation>record the customer's answer to a quote</translation>
        </message>
        <message>
            <source>take payments</source>
            <translation>take payments</translation>
        </message>
        <message>
            <source>repair</source>
            <translation>repair</translation>
        </message>
        <message>
            <source>hand phones back</source>
            <translation>hand phones back</translation>
        </message>
        <message>
            <source>cancel tickets</source>
            <translation>cancel tickets</translation>
        </message>
        <message>
            <source>add notes</source>
            <translation>add notes</translation>
        </message>
        <message>
            <source>override warranty verdicts</source>
            <translation>override warranty verdicts</translation>
        </message>
        <message>
            <source>manage users, prices and settings</source>
            <translation>manage users, prices and settings</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>carry out warranty remedies</source>
            <translation>carry out warranty remedies</translation>
        </message>
        <message>
            <source>record notices to collect</source>
            <translation>record notices to collect</translation>
        </message>
        <message>
            <source>dispose of uncollected phones</source>
            <translation>dispose of uncollected phones</translation>
        </message>
        <message>
            <source>lend loaner phones</source>
            <translation>lend loaner phones</translation>
        </message>
        <message>
            <source>write off loaner phones</source>
            <translation>write off loaner phones</translation>
        </message>
    </context>
    <context>
        <name>PickupRepository</name>
        <message>
            <source>Ticket %1 is "%2": the phone was already handed back or the ticket is closed.</source>
            <translation>Ticket %1 is "%2": the phone was already handed back or the ticket is closed.</translation>
        </message>
        <message>
            <source>Ticket %1 is "%2": the phone is not ready to be handed back.</source>
            <translation>Ticket %1 is "%2": the phone is not ready to be handed back.</translation>
        </message>
        <message>
            <source>No ticket %1.</source>
            <translation>No ticket %1.</translation>
        </message>
        <message>
            <source>Scan the phone's IMEI before handing it back.</source>
            <translation>Scan the phone's IMEI before handing it back.</translation>
        </message>
        <message>
            <source>The scanned IMEI %1 is not the phone of ticket %2 (IMEI %3). Do not hand this phone back.</source>
            <translation>The scanned IMEI %1 is not the phone of ticket %2 (IMEI %3). Do not hand this phone back.</translation>
        </message>
        <message>
            <source>Not returned: %1. Return them, or write why they stay.</source>
            <translation>Not returned: %1. Return them, or write why they stay.</translation>
        </message>
        <message>
            <source>%1 is still to pay before the phone is handed back.</source>
            <translation>%1 is still to pay before the phone is handed back.</translation>
        </message>
        <message>
            <source>Accessories not returned: %1 (%2)</source>
            <translation>Accessories not returned: %1 (%2)</translation>
        </message>
        <message>
            <source>Returned unrepaired: the customer declined the quote.</source>
            <translation>Returned unrepaired: the customer declined the quote.</translation>
        </message>
        <message>
            <source>Returned unrepaired: no fault found.</source>
            <translation>Returned unrepaired: no fault found.</translation>
        </message>
        <message>
            <source>Returned unrepaired: it cannot be repaired.</source>
            <translation>Returned unrepaired: it cannot be repaired.</translation>
        </message>
        <message>
            <source>Returned unrepaired: the repair did not fix it.</source>
            <translation>Returned unrepaired: the repair did not fix it.</translation>
        </message>
        <message>
            <source>Ticket %1: the loaner phone %2 (IMEI %3) is still out. Take it back (or have a manager write it off) before handing the phone back (CN-07).</source>
            <translation>Ticket %1: the loaner phone %2 (IMEI %3) is still out. Take it back (or have a manager write it off) before handing the phone back (CN-07).</translation>
        </message>
    </context>
    <context>
        <name>PolicySet</name>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1: cannot be read: %2</translation>
        </message>
        <message>
            <source>%1: larger than 1 MiB, not a policy</source>
            <translation>%1: larger than 1 MiB, not a policy</translation>
        </message>
        <message>
            <source>%1: layer: statutory policies are built in and cannot be added or replaced from the data folder</source>
            <translation>%1: layer: statutory policies are built in and cannot be added or replaced from the data folder</translation>
        </message>
    </context>
    <context>
        <name>PriceListRepository</name>
        <message>
            <source>The code is missing.</source>
            <translation>The code is missing.</translation>
        </message>
        <message>
            <source>The code is longer than 40 characters.</source>
            <translation>The code is longer than 40 characters.</translation>
        </message>
        <message>
            <source>The Chinese name is missing.</source>
            <translation>The Chinese name is missing.</translation>
        </message>
        <message>
            <source>A price cannot be negative.</source>
            <translation>A price cannot be negative.</translation>
        </message>
        <message>
            <source>The currency is a three-letter code such as CNY.</source>
            <translation>The currency is a three-letter code such as CNY.</translation>
        </message>
        <message>
            <source>Stock on hand cannot be negative.</source>
            <translation>Stock on hand cannot be negative.</translation>
        </message>
        <message>
            <source>No price item %1.</source>
            <translation>No price item %1.</translation>
        </message>
        <message>
            <source>%1 was changed meanwhile: reload and try again.</source>
            <translation>%1 was changed meanwhile: reload and try again.</translation>
        </message>
        <message>
            <source>The code %1 is already used.</source>
            <translation>The code %1 is already used.</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>The file has no header row.</translation>
        </message>
        <message>
            <source>Line %1: unknown column "%2" (known: %3).</source>
            <translation>Line %1: unknown column "%2" (known: %3).</translation>
        </message>
        <message>
            <source>Line %1: the column "%2" appears twice.</source>
            <translation>Line %1: the column "%2" appears twice.</translation>
        </message>
        <message>
            <source>Line %1: the column "%2" is missing.</source>
            <translation>Line %1: the column "%2" is missing.</translation>
        </message>
        <message>
            <source>%1 fields where the header has %2</source>
            <translation>%1 fields where the header has %2</translation>
        </message>
        <message>
            <source>the kind "%1" is neither part nor labour</source>
            <translation>the kind "%1" is neither part nor labour</translation>
        </message>
        <message>
            <source>the price "%1" is not an amount such as 12.50</source>
            <translation>the price "%1" is not an amount such as 12.50</translation>
        </message>
        <message>
            <source>the stock "%1" is not a whole number</source>
            <translation>the stock "%1" is not a whole number</translation>
        </message>
        <message>
            <source>active "%1" is neither 1 nor 0</source>
            <translation>active "%1" is neither 1 nor 0</translation>
        </message>
        <message>
            <source>the code %1 is already on line %2</source>
            <translation>the code %1 is already on line %2</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported. %n row(s) need fixing:</source>
            <translation>
                <numerusform>Nothing was imported. %n row need fixing:</numerusform>
                <numerusform>Nothing was imported. %n rows need fixing:</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported: %1 failed: %2</source>
            <translation>Nothing was imported: %1 failed: %2</translation>
        </message>
    </context>
    <context>
        <name>Promises</name>
        <message>
            <source>Over 7 days: loaner phone if covered (CN-07)</source>
            <translation>Over 7 days: loaner phone if covered (CN-07)</translation>
        </message>
        <message>
            <source>Over 60 days for parts: exchange if covered (CN-08)</source>
            <translation>Over 60 days for parts: exchange if covered (CN-08)</translation>
        </message>
        <message>
            <source>Over 30 days: exchange if covered (CN-09)</source>
            <translation>Over 30 days: exchange if covered (CN-09)</translation>
        </message>
        <message>
            <source>Diagnose</source>
            <translation>Diagnose</translation>
        </message>
        <message>
            <source>Customer's approval</source>
            <translation>Customer's approval</translation>
        </message>
        <message>
            <source>Start repair</source>
            <translation>Start repair</translation>
        </message>
        <message>
            <source>Return to customer</source>
            <translation>Return to customer</translation>
        </message>
        <message>
            <source>Finish repair</source>
            <translation>Finish repair</translation>
        </message>
        <message>
            <source>Parts to arrive</source>
            <translation>Parts to arrive</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Pickup</translation>
        </message>
        <message>
            <source>None (closed)</source>
            <translation>None (closed)</translation>
        </message>
        <message>
            <source>Loaner phone (CN-07)</source>
            <translation>Loaner phone (CN-07)</translation>
        </message>
        <message>
            <source>Exchange (%1)</source>
            <translation>Exchange (%1)</translation>
        </message>
        <message>
            <source>Diagnose and quote</source>
            <translation>Diagnose and quote</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Later than the center promises: %1</source>
            <translation>Later than the center promises: %1</translation>
        </message>
        <message>
            <source>Due now: %1</source>
            <translation>Due now: %1</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Repair Counter</source>
            <translation>Repair Counter</translation>
        </message>
    </context>
    <context>
        <name>QuoteRepository</name>
        <message>
            <source>A quote needs at least one line.</source>
            <translation>A quote needs at least one line.</translation>
        </message>
        <message>
            <source>Every quote line needs a description.</source>
            <translation>Every quote line needs a description.</translation>
        </message>
        <message>
            <source>The quantity of "%1" must be at least 1.</source>
            <translation>The quantity of "%1" must be at least 1.</translation>
        </message>
        <message>
            <source>The price of "%1" cannot be negative.</source>
            <translation>The price of "%1" cannot be negative.</translation>
        </message>
        <message>
            <source>Ticket %1: %2</source>
            <translation>Ticket %1: %2</translation>
        </message>
        <message>
            <source>Say how the customer answered (at the counter, by phone or by message).</source>
            <translation>Say how the customer answered (at the counter, by phone or by message).</translation>
        </message>
        <message>
            <source>Ticket %1 has no quote to answer.</source>
            <translation>Ticket %1 has no quote to answer.</translation>
        </message>
    </context>
    <context>
        <name>RepairRepository</name>
        <message>
            <source>Unknown repair result "%1".</source>
            <translation>Unknown repair result "%1".</translation>
        </message>
        <message>
            <source>Only a phone that passed the repair is ready for pickup.</source>
            <translation>Only a phone that passed the repair is ready for pickup.</translation>
        </message>
        <message>
            <source>Every part used needs a description and a quantity of at least 1.</source>
            <translation>Every part used needs a description and a quantity of at least 1.</translation>
        </message>
        <message>
            <source>Ticket %1 is "%2": the repair is recorded while it is "%3".</source>
            <translation>Ticket %1 is "%2": the repair is recorded while it is "%3".</translation>
        </message>
        <message>
            <source>A repair record moves the ticket only to "%1" or "%2".</source>
            <translation>A repair record moves the ticket only to "%1" or "%2".</translation>
        </message>
        <message>
            <source>Not ready for pickup: these post-repair checks are not recorded as passed: %1.</source>
            <translation>Not ready for pickup: these post-repair checks are not recorded as passed: %1.</translation>
        </message>
    </context>
    <context>
        <name>SettingsRepository</name>
        <message>
            <source>The setting %1 should be a number but is "%2".</source>
            <translation>The setting %1 should be a number but is "%2".</translation>
        </message>
    </context>
    <context>
        <name>SettingsRules</name>
        <message>
            <source>%1 is not a setting a manager sets (known: %2).</source>
            <translation>%1 is not a setting a manager sets (known: %2).</translation>
        </message>
        <message>
            <source>The value of %1 is too long.</source>
            <translation>The value of %1 is too long.</translation>
        </message>
        <message>
            <source>%1 is a whole number from %2 to %3, not "%4".</source>
            <translation>%1 is a whole number from %2 to %3, not "%4".</translation>
        </message>
        <message>
            <source>The center code is 2 to 8 capital letters or digits, such as DEMO.</source>
            <translation>The center code is 2 to 8 capital letters or digits, such as DEMO.</translation>
        </message>
        <message>
            <source>The center name is missing: receipts print it.</source>
            <translation>The center name is missing: receipts print it.</translation>
        </message>
        <message>
            <source>The phone number may hold digits, spaces, +, - and brackets only.</source>
            <translation>The phone number may hold digits, spaces, +, - and brackets only.</translation>
        </message>
        <message>
            <source>The station code is two digits, such as 01.</source>
            <translation>The station code is two digits, such as 01.</translation>
        </message>
        <message>
            <source>Unknown statutory policy "%1" (known: %2).</source>
            <translation>Unknown statutory policy "%1" (known: %2).</translation>
        </message>
        <message>
            <source>Unknown brand policy "%1" (known: %2; empty for none).</source>
            <translation>Unknown brand policy "%1" (known: %2; empty for none).</translation>
        </message>
        <message>
            <source>The HQ address is a web address such as https://hq.example.com.</source>
            <translation>The HQ address is a web address such as https://hq.example.com.</translation>
        </message>
        <message>
            <source>The access token has no spaces.</source>
            <translation>The access token has no spaces.</translation>
        </message>
        <message>
            <source>The backup folder is a full path, such as /srv/backups.</source>
            <translation>The backup folder is a full path, such as /srv/backups.</translation>
        </message>
        <message>
            <source>The backup folder %1 does not exist.</source>
            <translation>The backup folder %1 does not exist.</translation>
        </message>
        <message>
            <source>The backup folder %1 cannot be written to.</source>
            <translation>The backup folder %1 cannot be written to.</translation>
        </message>
        <message>
            <source>The diagnosis fee is an amount from 0 (no fee) to 100000.00, such as 30.00, not "%1".</source>
            <translation>The diagnosis fee is an amount from 0 (no fee) to 100000.00, such as 30.00, not "%1".</translation>
        </message>
        <message>
            <source>fees.waive_diagnosis_on_approval is 1 (waive the diagnosis fee when the quote is approved) or 0 (add it to the repair), not "%1".</source>
            <translation>fees.waive_diagnosis_on_approval is 1 (waive the diagnosis fee when the quote is approved) or 0 (add it to the repair), not "%1".</translation>
        </message>
        <message>
            <source>sync.allow_http_lan is 1 (plain http:// to a hub at a private address of this network) or 0 (https:// only, but for this PC itself), not "%1".</source>
            <translation>sync.allow_http_lan is 1 (plain http:// to a hub at a private address of this network) or 0 (https:// only, but for this PC itself), not "%1".</translation>
        </message>
        <message>
            <source>The CA file is a full path, such as /etc/repair-counter/hq-ca.pem.</source>
            <translation>The CA file is a full path, such as /etc/repair-counter/hq-ca.pem.</translation>
        </message>
    </context>
    <context>
        <name>TicketDossier</name>
        <message>
            <source>No ticket %1.</source>
            <translation>No ticket %1.</translation>
        </message>
    </context>
    <context>
        <name>TicketLifecycle</name>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Diagnosing</source>
            <translation>Diagnosing</translation>
        </message>
        <message>
            <source>Quote awaiting approval</source>
            <translation>Quote awaiting approval</translation>
        </message>
        <message>
            <source>Quote approved</source>
            <translation>Quote approved</translation>
        </message>
        <message>
            <source>Quote declined</source>
            <translation>Quote declined</translation>
        </message>
        <message>
            <source>Repairing</source>
            <translation>Repairing</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>Waiting for parts</translation>
        </message>
        <message>
            <source>Ready for pickup</source>
            <translation>Ready for pickup</translation>
        </message>
        <message>
            <source>Picked up</source>
            <translation>Picked up</translation>
        </message>
        <message>
            <source>Returned unrepaired</source>
            <translation>Returned unrepaired</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>A ticket that is "%1" is closed; it cannot become "%2".</source>
            <translation>A ticket that is "%1" is closed; it cannot become "%2".</translation>
        </message>
        <message>
            <source>A ticket that is "%1" cannot become "%2"; it can become: %3.</source>
            <translation>A ticket that is "%1" cannot become "%2"; it can become: %3.</translation>
        </message>
        <message>
            <source>Exchanged</source>
            <translation>Exchanged</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <source>Accessory replaced</source>
            <translation>Accessory replaced</translation>
        </message>
        <message>
            <source>Disposed (uncollected)</source>
            <translation>Disposed (uncollected)</translation>
        </message>
    </context>
    <context>
        <name>TicketRepository</name>
        <message>
            <source>The ticket sequence returned nothing.</source>
            <translation>The ticket sequence returned nothing.</translation>
        </message>
        <message>
            <source>The fault as described is missing.</source>
            <translation>The fault as described is missing.</translation>
        </message>
        <message>
            <source>No ticket %1.</source>
            <translation>No ticket %1.</translation>
        </message>
        <message>
            <source>Ticket %1 was changed meanwhile (by another screen or station); reload it and try again.</source>
            <translation>Ticket %1 was changed meanwhile (by another screen or station); reload it and try again.</translation>
        </message>
        <message>
            <source>Ticket %1 was changed meanwhile; reload it and try again.</source>
            <translation>Ticket %1 was changed meanwhile; reload it and try again.</translation>
        </message>
        <message>
            <source>Ticket %1: %2</source>
            <translation>Ticket %1: %2</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>The note is empty.</translation>
        </message>
        <message>
            <source>Overriding a warranty verdict needs a written reason.</source>
            <translation>Overriding a warranty verdict needs a written reason.</translation>
        </message>
        <message>
            <source>Only a manager may override a warranty verdict.</source>
            <translation>Only a manager may override a warranty verdict.</translation>
        </message>
        <message>
            <source>Ticket %1: "%2" closes the ticket for good; write down why.</source>
            <translation>Ticket %1: "%2" closes the ticket for good; write down why.</translation>
        </message>
    </context>
    <context>
        <name>TicketSteps</name>
        <message>
            <source>issue a quote</source>
            <translation>issue a quote</translation>
        </message>
        <message>
            <source>record the customer's answer to the quote</source>
            <translation>record the customer's answer to the quote</translation>
        </message>
        <message>
            <source>start the repair</source>
            <translation>start the repair</translation>
        </message>
        <message>
            <source>record that the parts arrived</source>
            <translation>record that the parts arrived</translation>
        </message>
        <message>
            <source>wait for parts, naming the part</source>
            <translation>wait for parts, naming the part</translation>
        </message>
        <message>
            <source>finish the repair with every post-repair check</source>
            <translation>finish the repair with every post-repair check</translation>
        </message>
        <message>
            <source>hand the phone back (IMEI scan, balance, accessories)</source>
            <translation>hand the phone back (IMEI scan, balance, accessories)</translation>
        </message>
        <message>
            <source>cancel the ticket with a reason</source>
            <translation>cancel the ticket with a reason</translation>
        </message>
        <message>
            <source>"%1" is not a plain status change: %2 (%3).</source>
            <translation>"%1" is not a plain status change: %2 (%3).</translation>
        </message>
        <message>
            <source>record the remedy the warranty verdict allows</source>
            <translation>record the remedy the warranty verdict allows</translation>
        </message>
        <message>
            <source>dispose of an uncollected phone (manager, after the notices)</source>
            <translation>dispose of an uncollected phone (manager, after the notices)</translation>
        </message>
    </context>
    <context>
        <name>TicketWorkflow</name>
        <message>
            <source>Ticket %1 is "%2": it is closed.</source>
            <translation>Ticket %1 is "%2": it is closed.</translation>
        </message>
        <message>
            <source>No user %1 to assign.</source>
            <translation>No user %1 to assign.</translation>
        </message>
        <message>
            <source>%1 is disabled: the ticket cannot be given to them.</source>
            <translation>%1 is disabled: the ticket cannot be given to them.</translation>
        </message>
        <message>
            <source>%1 is not a technician: only a technician (or a manager) repairs.</source>
            <translation>%1 is not a technician: only a technician (or a manager) repairs.</translation>
        </message>
        <message>
            <source>No ticket %1.</source>
            <translation>No ticket %1.</translation>
        </message>
        <message>
            <source>The findings are missing.</source>
            <translation>The findings are missing.</translation>
        </message>
        <message>
            <source>Unknown diagnosis outcome "%1" (repair, no_fault_found, cannot_repair).</source>
            <translation>Unknown diagnosis outcome "%1" (repair, no_fault_found, cannot_repair).</translation>
        </message>
        <message>
            <source>Unknown fault code "%1".</source>
            <translation>Unknown fault code "%1".</translation>
        </message>
        <message>
            <source>Unknown damage "%1" (%2).</source>
            <translation>Unknown damage "%1" (%2).</translation>
        </message>
        <message>
            <source>The quantity of %1 must be at least 1.</source>
            <translation>The quantity of %1 must be at least 1.</translation>
        </message>
        <message>
            <source>No item %1 in the price list.</source>
            <translation>No item %1 in the price list.</translation>
        </message>
        <message>
            <source>%1 (%2) is no longer offered.</source>
            <translation>%1 (%2) is no longer offered.</translation>
        </message>
        <message>
            <source>Ticket %1 is "%2": this step is for a ticket that is %3.</source>
            <translation>Ticket %1 is "%2": this step is for a ticket that is %3.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> or </translation>
        </message>
        <message>
            <source>Ticket %1: the customer has not approved quote revision %2.</source>
            <translation>Ticket %1: the customer has not approved quote revision %2.</translation>
        </message>
        <message>
            <source>Write which part is awaited (it goes into the timeline).</source>
            <translation>Write which part is awaited (it goes into the timeline).</translation>
        </message>
        <message>
            <source>Write why it cannot be fixed (the customer is told).</source>
            <translation>Write why it cannot be fixed (the customer is told).</translation>
        </message>
        <message>
            <source>Cancelling a ticket needs a reason (it goes into the timeline).</source>
            <translation>Cancelling a ticket needs a reason (it goes into the timeline).</translation>
        </message>
        <message>
            <source>Overriding a warranty verdict needs a written reason.</source>
            <translation>Overriding a warranty verdict needs a written reason.</translation>
        </message>
        <message>
            <source>Ticket %1: %2</source>
            <translation>Ticket %1: %2</translation>
        </message>
        <message>
            <source>Box and accessories complete</source>
            <translation>Box and accessories complete</translation>
        </message>
        <message>
            <source>No wear or scratches on the phone</source>
            <translation>No wear or scratches on the phone</translation>
        </message>
        <message>
            <source>IMEI label intact</source>
            <translation>IMEI label intact</translation>
        </message>
        <message>
            <source>Invoice and warranty card dates agree</source>
            <translation>Invoice and warranty card dates agree</translation>
        </message>
        <message>
            <source>a refund</source>
            <translation>a refund</translation>
        </message>
        <message>
            <source>an exchange of the phone</source>
            <translation>an exchange of the phone</translation>
        </message>
        <message>
            <source>an accessory replacement</source>
            <translation>an accessory replacement</translation>
        </message>
        <message>
            <source>The replacement phone's %1 "%2" is not a valid IMEI: %3</source>
            <translation>The replacement phone's %1 "%2" is not a valid IMEI: %3</translation>
        </message>
        <message>
            <source>not an IMEI (MEID/ESN)</source>
            <translation>not an IMEI (MEID/ESN)</translation>
        </message>
        <message>
            <source>Brand: %1</source>
            <translation>Brand: %1</translation>
        </message>
        <message>
            <source>Unknown remedy "%1": refund, exchange or accessory.</source>
            <translation>Unknown remedy "%1": refund, exchange or accessory.</translation>
        </message>
        <message>
            <source>The warranty verdict of ticket %1 (%2) does not allow %3; it allows: %4. Only a manager may override it, with a written reason.</source>
            <translation>The warranty verdict of ticket %1 (%2) does not allow %3; it allows: %4. Only a manager may override it, with a written reason.</translation>
        </message>
        <message>
            <source>no rule</source>
            <translation>no rule</translation>
        </message>
        <message>
            <source>no remedy</source>
            <translation>no remedy</translation>
        </message>
        <message>
            <source>A refund needs the price on the invoice, more than 0.</source>
            <translation>A refund needs the price on the invoice, more than 0.</translation>
        </message>
        <message>
            <source>Choose how the money goes back: cash, card or mobile payment.</source>
            <translation>Choose how the money goes back: cash, card or mobile payment.</translation>
        </message>
        <message>
            <source>Unknown exchange condition "%1"; the conditions are: %2.</source>
            <translation>Unknown exchange condition "%1"; the conditions are: %2.</translation>
        </message>
        <message>
            <source>An exchange needs every condition confirmed; not confirmed: %1.</source>
            <translation>An exchange needs every condition confirmed; not confirmed: %1.</translation>
        </message>
        <message>
            <source>The replacement phone's two IMEIs are the same.</source>
            <translation>The replacement phone's two IMEIs are the same.</translation>
        </message>
        <message>
            <source>%1 is the IMEI of the phone being exchanged; scan the replacement phone.</source>
            <translation>%1 is the IMEI of the phone being exchanged; scan the replacement phone.</translation>
        </message>
        <message>
            <source>The old phone goes back to the maker (to_maker) or stays here (kept).</source>
            <translation>The old phone goes back to the maker (to_maker) or stays here (kept).</translation>
        </message>
        <message>
            <source>"%1" is not an accessory: battery, charger, wired_headset, card or data_cable.</source>
            <translation>"%1" is not an accessory: battery, charger, wired_headset, card or data_cable.</translation>
        </message>
        <message>
            <source>Ticket %1 is about the %2, not the %3.</source>
            <translation>Ticket %1 is about the %2, not the %3.</translation>
        </message>
        <message>
            <source>Remedy: %1 (%2)</source>
            <translation>Remedy: %1 (%2)</translation>
        </message>
        <message>
            <source>by phone</source>
            <translation>by phone</translation>
        </message>
        <message>
            <source>by message</source>
            <translation>by message</translation>
        </message>
        <message>
            <source>by letter</source>
            <translation>by letter</translation>
        </message>
        <message>
            <source>Ticket %1 is "%2": only a ready phone waits to be collected.</source>
            <translation>Ticket %1 is "%2": only a ready phone waits to be collected.</translation>
        </message>
        <message>
            <source>How was the customer told to collect the phone: phone, message or letter (not "%1")?</source>
            <translation>How was the customer told to collect the phone: phone, message or letter (not "%1")?</translation>
        </message>
        <message>
            <source>Notice to collect, %1</source>
            <translation>Notice to collect, %1</translation>
        </message>
        <message>
            <source>Write why the phone is disposed of (e.g. what becomes of it).</source>
            <translation>Write why the phone is disposed of (e.g. what becomes of it).</translation>
        </message>
        <message>
            <source>Ticket %1: the customer was never told to collect the phone. Record a notice to collect first; the phone may be disposed of %2 days after the last one.</source>
            <translation>Ticket %1: the customer was never told to collect the phone. Record a notice to collect first; the phone may be disposed of %2 days after the last one.</translation>
        </message>
        <message>
            <source>Ticket %1: the last notice to collect was on %2; the phone may be disposed of from %3 (%4 days after it), not before.</source>
            <translation>Ticket %1: the last notice to collect was on %2; the phone may be disposed of from %3 (%4 days after it), not before.</translation>
        </message>
        <message>
            <source>Disposed (uncollected): %1</source>
            <translation>Disposed (uncollected): %1</translation>
        </message>
    </context>
    <context>
        <name>UserRepository</name>
        <message>
            <source>The username is missing.</source>
            <translation>The username is missing.</translation>
        </message>
        <message>
            <source>The username %1 is already taken.</source>
            <translation>The username %1 is already taken.</translation>
        </message>
        <message>
            <source>%1 is the last enabled manager: make someone else a manager first.</source>
            <translation>%1 is the last enabled manager: make someone else a manager first.</translation>
        </message>
        <message>
            <source>No user %1.</source>
            <translation>No user %1.</translation>
        </message>
        <message>
            <source>No user named %1.</source>
            <translation>No user named %1.</translation>
        </message>
        <message>
            <source>The user %1 is disabled.</source>
            <translation>The user %1 is disabled.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: %1 is locked until %2.</source>
            <translation>Too many wrong PINs: %1 is locked until %2.</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>Wrong PIN.</translation>
        </message>
        <message>
            <source>A PIN is %1 to 12 digits (the center's setting security.min_pin_length).</source>
            <translation>A PIN is %1 to 12 digits (the center's setting security.min_pin_length).</translation>
        </message>
        <message>
            <source>No such user.</source>
            <translation>No such user.</translation>
        </message>
        <message>
            <source>A manager's PIN is %1 to 12 digits (at least %2, or the center's setting security.min_pin_length if higher).</source>
            <translation>A manager's PIN is %1 to 12 digits (at least %2, or the center's setting security.min_pin_length if higher).</translation>
        </message>
    </context>
    <context>
        <name>WorkflowLabels</name>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Bank card</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>At the counter</source>
            <translation>At the counter</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>By phone</translation>
        </message>
        <message>
            <source>By message</source>
            <translation>By message</translation>
        </message>
        <message>
            <source>Mobile payment</source>
            <translation>Mobile payment</translation>
        </message>
    </context>
    <context>
        <name>rc::print::PaperMenu</name>
        <message>
            <source>Preview…</source>
            <translation>Preview…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
    </context>
    <context>
        <name>rc::print::PrintActions</name>
        <message>
            <source>No printer is available.</source>
            <translation>No printer is available.</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Print %1</translation>
        </message>
        <message>
            <source>Preview: %1</source>
            <translation>Preview: %1</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not saved.</source>
            <translation>The PDF was not saved.</translation>
        </message>
        <message>
            <source>No printer is installed and no file was chosen. Use Save as PDF.</source>
            <translation>No printer is installed and no file was chosen. Use Save as PDF.</translation>
        </message>
    </context>
    <context>
        <name>rc::sync::SyncEngine</name>
        <message>
            <source>HQ did not answer within %1 s.</source>
            <translation>HQ did not answer within %1 s.</translation>
        </message>
        <message>
            <source>Network error: %1</source>
            <translation>Network error: %1</translation>
        </message>
        <message>
            <source>HQ answered %1: %2</source>
            <translation>HQ answered %1: %2</translation>
        </message>
        <message>
            <source>HQ answered for %1 records, %2 were sent.</source>
            <translation>HQ answered for %1 records, %2 were sent.</translation>
        </message>
        <message>
            <source>HQ's answer does not match the batch.</source>
            <translation>HQ's answer does not match the batch.</translation>
        </message>
        <message>
            <source>Failed %1 times on its own while other records went through; last error: %2</source>
            <translation>Failed %1 times on its own while other records went through; last error: %2</translation>
        </message>
        <message>
            <source>This is a demo store (repairctl demo seed): it never syncs with head office.</source>
            <translation>This is a demo store (repairctl demo seed): it never syncs with head office.</translation>
        </message>
        <message>
            <source>no content type</source>
            <translation>no content type</translation>
        </message>
        <message>
            <source>the answer is not head office's (a sign-in page or a wrong address?)</source>
            <translation>the answer is not head office's (a sign-in page or a wrong address?)</translation>
        </message>
        <message>
            <source>the batch is too large for something between this counter and head office (a proxy's body limit?)</source>
            <translation>the batch is too large for something between this counter and head office (a proxy's body limit?)</translation>
        </message>
        <message>
            <source>nothing at that address answers like head office (check the HQ URL)</source>
            <translation>nothing at that address answers like head office (check the HQ URL)</translation>
        </message>
        <message>
            <source>access refused by something that is not head office (a proxy or firewall?)</source>
            <translation>access refused by something that is not head office (a proxy or firewall?)</translation>
        </message>
        <message>
            <source>refused by something that is not head office (a proxy?)</source>
            <translation>refused by something that is not head office (a proxy?)</translation>
        </message>
        <message>
            <source>HTTP %1 from %2: %3 [%4%5]. Nothing was set aside; retrying.</source>
            <translation>HTTP %1 from %2: %3 [%4%5]. Nothing was set aside; retrying.</translation>
        </message>
        <message>
            <source>HQ's certificate is not trusted (%1): set sync.ca_file to the CA of a private HQ, or check the HQ address.</source>
            <translation>HQ's certificate is not trusted (%1): set sync.ca_file to the CA of a private HQ, or check the HQ address.</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::AboutDialog</name>
        <message>
            <source>About Repair Counter</source>
            <translation>About Repair Counter</translation>
        </message>
        <message>
            <source>Repair Counter</source>
            <translation>Repair Counter</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Third-party software and data</source>
            <translation>Third-party software and data</translation>
        </message>
        <message>
            <source>The Qt Company Ltd and other contributors. Used under the GNU Lesser General Public License version 3.</source>
            <translation>The Qt Company Ltd and other contributors. Used under the GNU Lesser General Public License version 3.</translation>
        </message>
        <message>
            <source>In the public domain.</source>
            <translation>In the public domain.</translation>
        </message>
        <message>
            <source>Osmocom TAC database</source>
            <translation>Osmocom TAC database</translation>
        </message>
        <message>
            <source>Type allocation codes (TAC) to brand and model. © Harald Welte and contributors, licensed under Creative Commons Attribution-ShareAlike 3.0 (CC BY-SA 3.0). The data is used to pre-fill brand and model and never decides warranty eligibility.</source>
            <translation>Type allocation codes (TAC) to brand and model. © Harald Welte and contributors, licensed under Creative Commons Attribution-ShareAlike 3.0 (CC BY-SA 3.0). The data is used to pre-fill brand and model and never decides warranty eligibility.</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::AssignControl</name>
        <message>
            <source>Take it</source>
            <translation>Take it</translation>
        </message>
        <message>
            <source>Assign this ticket to yourself</source>
            <translation>Assign this ticket to yourself</translation>
        </message>
        <message>
            <source>Assign to…</source>
            <translation>Assign to…</translation>
        </message>
        <message>
            <source>Nobody yet</source>
            <translation>Nobody yet</translation>
        </message>
        <message>
            <source>Nobody (unassigned)</source>
            <translation>Nobody (unassigned)</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::AuditScreen</name>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Ticket number</source>
            <translation>Ticket number</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Anyone</translation>
        </message>
        <message>
            <source>Any event</source>
            <translation>Any event</translation>
        </message>
        <message>
            <source>The newest %1 events; narrow the filter to see older ones.</source>
            <translation>The newest %1 events; narrow the filter to see older ones.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rc::ui::AuditTableModel</name>
        <message>
            <source>Ticket created</source>
            <translation>Ticket created</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Status change</translation>
        </message>
        <message>
            <source>Ticket edited</source>
            <translation>Ticket edited</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnosis</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Customer's answer</source>
            <translation>Customer's answer</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Repair</translation>
        </message>
        <message>
            <source>Warranty re-evaluated</source>
            <translation>Warranty re-evaluated</translation>
        </message>
        <message>
            <source>Warranty override</source>
            <translation>Warranty override</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>User added</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Role changed</translation>
        </message>
        <message>
            <source>User disabled</source>
            <translation>User disabled</translation>
        </message>
        <message>
            <source>User enabled</source>
            <translation>User enabled</translation>
        </message>
        <message>
            <source>PIN reset</source>
            <translation>PIN reset</translation>
        </message>
        <message>
            <source>User unlocked</source>
            <translation>User unlocked</translation>
        </message>
        <message>
            <source>Price item added</source>
            <translation>Price item added</translation>
        </message>
        <message>
            <source>Price changed</source>
            <translation>Price changed</translation>
        </message>
        <message>
            <source>Price item edited</source>
            <translation>Price item edited</translation>
        </message>
        <message>
            <source>Price list imported</source>
            <translation>Price list imported</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>Setting changed</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>covered</source>
            <translation>covered</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>not covered</translation>
        </message>
        <message>
            <source>Verdict: %1 → %2</source>
            <translation>Verdict: %1 → %2</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 new, %2 changed, %3 unchanged</source>
            <translation>%1 new, %2 changed, %3 unchanged</translation>
        </message>
        <message>
            <source>%1 changed (secret)</source>
            <translation>%1 changed (secret)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>(system)</source>
            <translation>(system)</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Price list</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Ticket / record</source>
            <translation>Ticket / record</translation>
        </message>
        <message>
            <source>Reason / note</source>
            <translation>Reason / note</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::CustomerPicker</name>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Mobile number, or its first or last digits</source>
            <translation>Mobile number, or its first or last digits</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>A new customer will be registered.</source>
            <translation>A new customer will be registered.</translation>
        </message>
        <message>
            <source>Existing customer: %1</source>
            <translation>Existing customer: %1</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::DevicePanel</name>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Scan or type the IMEI (*#06#)</source>
            <translation>Scan or type the IMEI (*#06#)</translation>
        </message>
        <message>
            <source>IMEI:</source>
            <translation>IMEI:</translation>
        </message>
        <message>
            <source>Dual-SIM phones only</source>
            <translation>Dual-SIM phones only</translation>
        </message>
        <message>
            <source>IMEI 2:</source>
            <translation>IMEI 2:</translation>
        </message>
        <message>
            <source>Brand:</source>
            <translation>Brand:</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>Model:</translation>
        </message>
        <message>
            <source>IMEISV: IMEI %1</source>
            <translation>IMEISV: IMEI %1</translation>
        </message>
        <message>
            <source>MEID %1</source>
            <translation>MEID %1</translation>
        </message>
        <message>
            <source>ESN %1</source>
            <translation>ESN %1</translation>
        </message>
        <message>
            <source>IMEI valid</source>
            <translation>IMEI valid</translation>
        </message>
        <message>
            <source>Use %1</source>
            <translation>Use %1</translation>
        </message>
        <message>
            <source>First time this phone is here.</source>
            <translation>First time this phone is here.</translation>
        </message>
        <message>
            <source>At other centers (head office):</source>
            <translation>At other centers (head office):</translation>
        </message>
        <message numerus="yes">
            <source>Here %n time(s) before:</source>
            <translation>
                <numerusform>Here %n time before:</numerusform>
                <numerusform>Here %n times before:</numerusform>
            </translation>
        </message>
        <message>
            <source>Repeat repair: picked up on %1 (ticket %2), repair warranty until %3.</source>
            <translation>Repeat repair: picked up on %1 (ticket %2), repair warranty until %3.</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::DiagnosisScreen</name>
        <message>
            <source>What was found</source>
            <translation>What was found</translation>
        </message>
        <message>
            <source>Tests done and what they showed</source>
            <translation>Tests done and what they showed</translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>Findings:</translation>
        </message>
        <message>
            <source>e.g. display connector corroded</source>
            <translation>e.g. display connector corroded</translation>
        </message>
        <message>
            <source>Cause:</source>
            <translation>Cause:</translation>
        </message>
        <message>
            <source>Fault codes (performance faults)</source>
            <translation>Fault codes (performance faults)</translation>
        </message>
        <message>
            <source>Damage found</source>
            <translation>Damage found</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>Warranty</translation>
        </message>
        <message>
            <source>At intake:</source>
            <translation>At intake:</translation>
        </message>
        <message>
            <source>With what was found:</source>
            <translation>With what was found:</translation>
        </message>
        <message>
            <source>Parts and labour needed</source>
            <translation>Parts and labour needed</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Repair (send the quote)</source>
            <translation>Repair (send the quote)</translation>
        </message>
        <message>
            <source>No fault found</source>
            <translation>No fault found</translation>
        </message>
        <message>
            <source>Cannot repair</source>
            <translation>Cannot repair</translation>
        </message>
        <message>
            <source>Save diagnosis</source>
            <translation>Save diagnosis</translation>
        </message>
        <message>
            <source>A diagnosis is recorded while the ticket is "%1" or "%2"; this one is "%3".</source>
            <translation>A diagnosis is recorded while the ticket is "%1" or "%2"; this one is "%3".</translation>
        </message>
        <message>
            <source>No warranty case was stored at intake: nothing to evaluate again.</source>
            <translation>No warranty case was stored at intake: nothing to evaluate again.</translation>
        </message>
        <message>
            <source>Open a ticket first.</source>
            <translation>Open a ticket first.</translation>
        </message>
        <message>
            <source>Your role may not record a diagnosis.</source>
            <translation>Your role may not record a diagnosis.</translation>
        </message>
        <message>
            <source>Add the parts and labour needed: they become the quote.</source>
            <translation>Add the parts and labour needed: they become the quote.</translation>
        </message>
        <message>
            <source>Diagnosis saved.</source>
            <translation>Diagnosis saved.</translation>
        </message>
        <message>
            <source>Diagnosis saved; quote revision %1 waits for the customer's answer.</source>
            <translation>Diagnosis saved; quote revision %1 waits for the customer's answer.</translation>
        </message>
        <message>
            <source>Diagnosis saved: the phone goes back unrepaired at pickup.</source>
            <translation>Diagnosis saved: the phone goes back unrepaired at pickup.</translation>
        </message>
        <message>
            <source>The warranty position changed: tell the customer.</source>
            <translation>The warranty position changed: tell the customer.</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnosis</translation>
        </message>
        <message>
            <source>Until now:</source>
            <translation>Until now:</translation>
        </message>
        <message>
            <source>Unchanged since intake.</source>
            <translation>Unchanged since intake.</translation>
        </message>
        <message>
            <source>The warranty position changed: NOT COVERED until now, now COVERED. Tell the customer.</source>
            <translation>The warranty position changed: NOT COVERED until now, now COVERED. Tell the customer.</translation>
        </message>
        <message>
            <source>The warranty position changed: COVERED until now, now NOT COVERED, the customer pays. Tell the customer before the quote.</source>
            <translation>The warranty position changed: COVERED until now, now NOT COVERED, the customer pays. Tell the customer before the quote.</translation>
        </message>
        <message>
            <source>Technician:</source>
            <translation>Technician:</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::DraftKeeper</name>
        <message>
            <source>Restore it</source>
            <translation>Restore it</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>Discard it</translation>
        </message>
        <message>
            <source>The unsaved intake could not be kept: %1</source>
            <translation>The unsaved intake could not be kept: %1</translation>
        </message>
        <message>
            <source>An intake you did not save, from %1. Restore it?</source>
            <translation>An intake you did not save, from %1. Restore it?</translation>
        </message>
        <message>
            <source>An intake you did not save, from %1: %2. Restore it?</source>
            <translation>An intake you did not save, from %1: %2. Restore it?</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::IntakeScreen</name>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Save ticket</source>
            <translation>Save ticket</translation>
        </message>
        <message>
            <source>Intake receipt…</source>
            <translation>Intake receipt…</translation>
        </message>
        <message>
            <source>Open ticket</source>
            <translation>Open ticket</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>Fault</translation>
        </message>
        <message>
            <source>The fault in the customer's words</source>
            <translation>The fault in the customer's words</translation>
        </message>
        <message>
            <source>Described:</source>
            <translation>Described:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <source>(not chosen)</source>
            <translation>(not chosen)</translation>
        </message>
        <message>
            <source>Fault code:</source>
            <translation>Fault code:</translation>
        </message>
        <message>
            <source>Part:</source>
            <translation>Part:</translation>
        </message>
        <message>
            <source>Condition and accessories received</source>
            <translation>Condition and accessories received</translation>
        </message>
        <message>
            <source>Other marks, where</source>
            <translation>Other marks, where</translation>
        </message>
        <message>
            <source>Accessories received:</source>
            <translation>Accessories received:</translation>
        </message>
        <message>
            <source>Warranty evidence</source>
            <translation>Warranty evidence</translation>
        </message>
        <message>
            <source>Sale date:</source>
            <translation>Sale date:</translation>
        </message>
        <message>
            <source>Invoice (发票)</source>
            <translation>Invoice (发票)</translation>
        </message>
        <message>
            <source>Invoice copy</source>
            <translation>Invoice copy</translation>
        </message>
        <message>
            <source>Warranty card (三包凭证)</source>
            <translation>Warranty card (三包凭证)</translation>
        </message>
        <message>
            <source>Proof:</source>
            <translation>Proof:</translation>
        </message>
        <message>
            <source>Factory date:</source>
            <translation>Factory date:</translation>
        </message>
        <message>
            <source>Data and passcode</source>
            <translation>Data and passcode</translation>
        </message>
        <message>
            <source>Screen lock:</source>
            <translation>Screen lock:</translation>
        </message>
        <message>
            <source>Never write the passcode down: it is not stored.</source>
            <translation>Never write the passcode down: it is not stored.</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>Warranty</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>a valid IMEI</source>
            <translation>a valid IMEI</translation>
        </message>
        <message>
            <source>a valid second IMEI (or leave it empty)</source>
            <translation>a valid second IMEI (or leave it empty)</translation>
        </message>
        <message>
            <source>the customer's phone</source>
            <translation>the customer's phone</translation>
        </message>
        <message>
            <source>the customer's name</source>
            <translation>the customer's name</translation>
        </message>
        <message>
            <source>the fault as described</source>
            <translation>the fault as described</translation>
        </message>
        <message>
            <source>the data-backup consent</source>
            <translation>the data-backup consent</translation>
        </message>
        <message>
            <source>Your role cannot register phones.</source>
            <translation>Your role cannot register phones.</translation>
        </message>
        <message>
            <source>Still needed: %1</source>
            <translation>Still needed: %1</translation>
        </message>
        <message>
            <source>Ticket %1 saved.</source>
            <translation>Ticket %1 saved.</translation>
        </message>
        <message>
            <source>A repair may erase the phone's data. Tell the customer, and ask them to back up first.</source>
            <translation>A repair may erase the phone's data. Tell the customer, and ask them to back up first.</translation>
        </message>
        <message>
            <source>Customer told; backed up or accepts the risk</source>
            <translation>Customer told; backed up or accepts the risk</translation>
        </message>
        <message>
            <source>Device label…</source>
            <translation>Device label…</translation>
        </message>
        <message>
            <source>Save the ticket (%1)</source>
            <translation>Save the ticket (%1)</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, from the invoice or card</source>
            <translation>YYYY-MM-DD, from the invoice or card</translation>
        </message>
        <message>
            <source>(none shown)</source>
            <translation>(none shown)</translation>
        </message>
        <message>
            <source>(not checked)</source>
            <translation>(not checked)</translation>
        </message>
        <message>
            <source>Matches the phone</source>
            <translation>Matches the phone</translation>
        </message>
        <message>
            <source>Does not match</source>
            <translation>Does not match</translation>
        </message>
        <message>
            <source>IMEI on the papers:</source>
            <translation>IMEI on the papers:</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, if known</source>
            <translation>YYYY-MM-DD, if known</translation>
        </message>
        <message>
            <source>"%1" is not a date such as 2026-11-20.</source>
            <translation>"%1" is not a date such as 2026-11-20.</translation>
        </message>
        <message>
            <source>%1 is after today.</source>
            <translation>%1 is after today.</translation>
        </message>
        <message>
            <source>Sale date</source>
            <translation>Sale date</translation>
        </message>
        <message>
            <source>Factory date</source>
            <translation>Factory date</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>a sale date such as 2026-11-20 (or leave it empty)</source>
            <translation>a sale date such as 2026-11-20 (or leave it empty)</translation>
        </message>
        <message>
            <source>a factory date such as 2026-11-20 (or leave it empty)</source>
            <translation>a factory date such as 2026-11-20 (or leave it empty)</translation>
        </message>
        <message>
            <source>Restore or discard the unsaved intake first.</source>
            <translation>Restore or discard the unsaved intake first.</translation>
        </message>
        <message>
            <source>Head office had not answered yet.</source>
            <translation>Head office had not answered yet.</translation>
        </message>
        <message>
            <source>History: this store — asking head office…</source>
            <translation>History: this store — asking head office…</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::LoginScreen</name>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>PIN:</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>%1, enter your PIN to continue, or log in as someone else.</source>
            <translation>%1, enter your PIN to continue, or log in as someone else.</translation>
        </message>
        <message>
            <source>Repair Counter</source>
            <translation>Repair Counter</translation>
        </message>
        <message>
            <source>Log in with your user and PIN.</source>
            <translation>Log in with your user and PIN.</translation>
        </message>
        <message>
            <source>Enter your user and PIN.</source>
            <translation>Enter your user and PIN.</translation>
        </message>
        <message>
            <source>PIN too short</source>
            <translation>PIN too short</translation>
        </message>
        <message>
            <source>Your PIN is shorter than the center now asks for. It still works; please ask a manager to set a longer one (Users screen).</source>
            <translation>Your PIN is shorter than the center now asks for. It still works; please ask a manager to set a longer one (Users screen).</translation>
        </message>
        <message>
            <source>A manager's PIN now has at least %1 digits and yours is shorter. It still works; please set a longer one now (Users screen, Reset PIN).</source>
            <translation>A manager's PIN now has at least %1 digits and yours is shorter. It still works; please set a longer one now (Users screen, Reset PIN).</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::MainWindow</name>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Repair Counter</source>
            <translation>Repair Counter</translation>
        </message>
        <message>
            <source>Store: %1</source>
            <translation>Store: %1</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>Log &amp;out</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Repair Counter</source>
            <translation>&amp;About Repair Counter</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Price list</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>Till</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::OverrideDialog</name>
        <message>
            <source>Override the warranty verdict of %1</source>
            <translation>Override the warranty verdict of %1</translation>
        </message>
        <message>
            <source>The verdict now: covered.</source>
            <translation>The verdict now: covered.</translation>
        </message>
        <message>
            <source>The verdict now: not covered.</source>
            <translation>The verdict now: not covered.</translation>
        </message>
        <message>
            <source>Covered: the customer pays nothing for the covered work</source>
            <translation>Covered: the customer pays nothing for the covered work</translation>
        </message>
        <message>
            <source>Not covered: the customer pays</source>
            <translation>Not covered: the customer pays</translation>
        </message>
        <message>
            <source>Reason (goes into the audit trail):</source>
            <translation>Reason (goes into the audit trail):</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Override</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::PickupScreen</name>
        <message>
            <source>Find the ticket</source>
            <translation>Find the ticket</translation>
        </message>
        <message>
            <source>The phone</source>
            <translation>The phone</translation>
        </message>
        <message>
            <source>Scan the IMEI on the phone (*#06#)</source>
            <translation>Scan the IMEI on the phone (*#06#)</translation>
        </message>
        <message>
            <source>IMEI now:</source>
            <translation>IMEI now:</translation>
        </message>
        <message>
            <source>Accessories received at intake</source>
            <translation>Accessories received at intake</translation>
        </message>
        <message>
            <source>If something stays with us: why</source>
            <translation>If something stays with us: why</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Approved quote, customer pays:</source>
            <translation>Approved quote, customer pays:</translation>
        </message>
        <message>
            <source>Paid so far:</source>
            <translation>Paid so far:</translation>
        </message>
        <message>
            <source>Balance due:</source>
            <translation>Balance due:</translation>
        </message>
        <message>
            <source>Paid now:</source>
            <translation>Paid now:</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Method:</translation>
        </message>
        <message>
            <source>Terminal or transfer reference (optional)</source>
            <translation>Terminal or transfer reference (optional)</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Reference:</translation>
        </message>
        <message>
            <source>Hand back</source>
            <translation>Hand back</translation>
        </message>
        <message>
            <source>Hand the phone back</source>
            <translation>Hand the phone back</translation>
        </message>
        <message>
            <source>Repaired: the phone goes back to the customer.</source>
            <translation>Repaired: the phone goes back to the customer.</translation>
        </message>
        <message>
            <source>Not repaired: the phone goes back as it came.</source>
            <translation>Not repaired: the phone goes back as it came.</translation>
        </message>
        <message>
            <source>Repair warranty until %1 (picked up today).</source>
            <translation>Repair warranty until %1 (picked up today).</translation>
        </message>
        <message>
            <source>Repair warranty until %1.</source>
            <translation>Repair warranty until %1.</translation>
        </message>
        <message>
            <source>Accessories received at intake: none</source>
            <translation>Accessories received at intake: none</translation>
        </message>
        <message>
            <source>Scan the phone's IMEI before it goes back.</source>
            <translation>Scan the phone's IMEI before it goes back.</translation>
        </message>
        <message>
            <source>✔ This is the phone of ticket %1.</source>
            <translation>✔ This is the phone of ticket %1.</translation>
        </message>
        <message>
            <source>✘ Not the phone of ticket %1 (IMEI %2): do not hand it back.</source>
            <translation>✘ Not the phone of ticket %1 (IMEI %2): do not hand it back.</translation>
        </message>
        <message>
            <source>Type the amount paid, e.g. 300 or 300.00.</source>
            <translation>Type the amount paid, e.g. 300 or 300.00.</translation>
        </message>
        <message>
            <source>Handed back. Repair warranty until %1.</source>
            <translation>Handed back. Repair warranty until %1.</translation>
        </message>
        <message>
            <source>Handed back unrepaired.</source>
            <translation>Handed back unrepaired.</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Pickup</translation>
        </message>
        <message>
            <source>Pickup receipt…</source>
            <translation>Pickup receipt…</translation>
        </message>
        <message>
            <source>Scan the receipt barcode, or type the phone (or its last 4 digits), IMEI or name</source>
            <translation>Scan the receipt barcode, or type the phone (or its last 4 digits), IMEI or name</translation>
        </message>
        <message>
            <source>No phone waiting for pickup found for "%1".</source>
            <translation>No phone waiting for pickup found for "%1".</translation>
        </message>
        <message numerus="yes">
            <source>%n tickets found: pick one.</source>
            <translation>
                <numerusform>%n ticket found: pick one.</numerusform>
                <numerusform>%n tickets found: pick one.</numerusform>
            </translation>
        </message>
        <message>
            <source>Empty: the advance payment goes back to the customer</source>
            <translation>Empty: the advance payment goes back to the customer</translation>
        </message>
        <message>
            <source>Keep the advance payment because:</source>
            <translation>Keep the advance payment because:</translation>
        </message>
        <message>
            <source>Advance payment of %1 given back.</source>
            <translation>Advance payment of %1 given back.</translation>
        </message>
        <message>
            <source>Advance payment of %1 kept.</source>
            <translation>Advance payment of %1 kept.</translation>
        </message>
        <message>
            <source>Manager only; empty: the fee stands</source>
            <translation>Manager only; empty: the fee stands</translation>
        </message>
        <message>
            <source>Waive the diagnosis fee because:</source>
            <translation>Waive the diagnosis fee because:</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::PriceItemDialog</name>
        <message>
            <source>New price item</source>
            <translation>New price item</translation>
        </message>
        <message>
            <source>Price item %1</source>
            <translation>Price item %1</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Labour</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Name (&amp;Chinese):</source>
            <translation>Name (&amp;Chinese):</translation>
        </message>
        <message>
            <source>Name (&amp;English):</source>
            <translation>Name (&amp;English):</translation>
        </message>
        <message>
            <source>Unit &amp;price (%1):</source>
            <translation>Unit &amp;price (%1):</translation>
        </message>
        <message>
            <source>In &amp;stock:</source>
            <translation>In &amp;stock:</translation>
        </message>
        <message>
            <source>Offered on quotes</source>
            <translation>Offered on quotes</translation>
        </message>
        <message>
            <source>&amp;Active:</source>
            <translation>&amp;Active:</translation>
        </message>
        <message>
            <source>The code is missing.</source>
            <translation>The code is missing.</translation>
        </message>
        <message>
            <source>The Chinese name is missing.</source>
            <translation>The Chinese name is missing.</translation>
        </message>
        <message>
            <source>The price is an amount such as 12.50.</source>
            <translation>The price is an amount such as 12.50.</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::PriceTableModel</name>
        <message>
            <source>Labour</source>
            <translation>Labour</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Name (Chinese)</source>
            <translation>Name (Chinese)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Name (English)</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>In stock</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::PricesScreen</name>
        <message>
            <source>Price list</source>
            <translation>Price list</translation>
        </message>
        <message>
            <source>Search code or name</source>
            <translation>Search code or name</translation>
        </message>
        <message>
            <source>Show inactive</source>
            <translation>Show inactive</translation>
        </message>
        <message>
            <source>&amp;New item…</source>
            <translation>&amp;New item…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Import CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>Import price list</source>
            <translation>Import price list</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Export price list</source>
            <translation>Export price list</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 saved.</source>
            <translation>%1 saved.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
            <translation>Imported: %1 new, %2 changed, %3 unchanged.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Price list exported to %1.</source>
            <translation>Price list exported to %1.</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::QueueScreen</name>
        <message>
            <source>Ticket number, IMEI, phone or name (or scan)</source>
            <translation>Ticket number, IMEI, phone or name (or scan)</translation>
        </message>
        <message>
            <source>Open tickets</source>
            <translation>Open tickets</translation>
        </message>
        <message>
            <source>All tickets</source>
            <translation>All tickets</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>New intake</source>
            <translation>New intake</translation>
        </message>
        <message>
            <source>Any technician</source>
            <translation>Any technician</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>No tickets.</source>
            <translation>No tickets.</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nothing found.</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) shown; scroll for more.</source>
            <translation>
                <numerusform>%n ticket shown; scroll for more.</numerusform>
                <numerusform>%n tickets shown; scroll for more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s).</source>
            <translation>
                <numerusform>%n ticket.</numerusform>
                <numerusform>%n tickets.</numerusform>
            </translation>
        </message>
        <message>
            <source>My tickets</source>
            <translation>My tickets</translation>
        </message>
        <message>
            <source>Only the tickets assigned to you</source>
            <translation>Only the tickets assigned to you</translation>
        </message>
        <message>
            <source>Loaner phones out: %1</source>
            <translation>Loaner phones out: %1</translation>
        </message>
        <message>
            <source>overdue: %1</source>
            <translation>overdue: %1</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::QuoteLinesEditor</name>
        <message>
            <source>Qty:</source>
            <translation>Qty:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>Total %1</translation>
        </message>
        <message>
            <source>Covered by warranty %1</source>
            <translation>Covered by warranty %1</translation>
        </message>
        <message>
            <source>Customer pays %1</source>
            <translation>Customer pays %1</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::QuoteLinesModel</name>
        <message>
            <source>Labour</source>
            <translation>Labour</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Covered</translation>
        </message>
        <message>
            <source>Payable</source>
            <translation>Payable</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>Warranty</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Line total</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::QuoteScreen</name>
        <message>
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Save as a new revision</source>
            <translation>Save as a new revision</translation>
        </message>
        <message>
            <source>A changed quote needs the customer's answer again.</source>
            <translation>A changed quote needs the customer's answer again.</translation>
        </message>
        <message>
            <source>The customer's answer</source>
            <translation>The customer's answer</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>How:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>When:</translation>
        </message>
        <message>
            <source>e.g. called back at 16:10</source>
            <translation>e.g. called back at 16:10</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Customer approves</source>
            <translation>Customer approves</translation>
        </message>
        <message>
            <source>Customer declines</source>
            <translation>Customer declines</translation>
        </message>
        <message>
            <source>Paid so far:</source>
            <translation>Paid so far:</translation>
        </message>
        <message>
            <source>Amount, e.g. 50.00</source>
            <translation>Amount, e.g. 50.00</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Amount:</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Method:</translation>
        </message>
        <message>
            <source>No quote yet: the technician writes it at diagnosis.</source>
            <translation>No quote yet: the technician writes it at diagnosis.</translation>
        </message>
        <message>
            <source>Revision %1: waiting for the customer's answer.</source>
            <translation>Revision %1: waiting for the customer's answer.</translation>
        </message>
        <message>
            <source>Revision %1: approved by the customer.</source>
            <translation>Revision %1: approved by the customer.</translation>
        </message>
        <message>
            <source>Revision %1 (%2).</source>
            <translation>Revision %1 (%2).</translation>
        </message>
        <message>
            <source>Revision %1: %2 %3, %4 (pays %5)</source>
            <translation>Revision %1: %2 %3, %4 (pays %5)</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>declined</translation>
        </message>
        <message>
            <source>Quote revision %1 saved: it needs the customer's answer.</source>
            <translation>Quote revision %1 saved: it needs the customer's answer.</translation>
        </message>
        <message>
            <source>Approval recorded: the repair may start.</source>
            <translation>Approval recorded: the repair may start.</translation>
        </message>
        <message>
            <source>Refusal recorded: the phone goes back unrepaired at pickup.</source>
            <translation>Refusal recorded: the phone goes back unrepaired at pickup.</translation>
        </message>
        <message>
            <source>Quote paper…</source>
            <translation>Quote paper…</translation>
        </message>
        <message>
            <source>Open a ticket first.</source>
            <translation>Open a ticket first.</translation>
        </message>
        <message>
            <source>Advance payment</source>
            <translation>Advance payment</translation>
        </message>
        <message>
            <source>Take advance payment</source>
            <translation>Take advance payment</translation>
        </message>
        <message>
            <source>Type the advance payment as an amount, e.g. 50 or 50.00.</source>
            <translation>Type the advance payment as an amount, e.g. 50 or 50.00.</translation>
        </message>
        <message>
            <source>Advance payment of %1 taken.</source>
            <translation>Advance payment of %1 taken.</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::RepairScreen</name>
        <message>
            <source>Powers on and off</source>
            <translation>Powers on and off</translation>
        </message>
        <message>
            <source>Display clear, no dead pixels</source>
            <translation>Display clear, no dead pixels</translation>
        </message>
        <message>
            <source>Touch responds everywhere</source>
            <translation>Touch responds everywhere</translation>
        </message>
        <message>
            <source>Calls both ways</source>
            <translation>Calls both ways</translation>
        </message>
        <message>
            <source>Speaker and microphone</source>
            <translation>Speaker and microphone</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Cameras</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Charges</translation>
        </message>
        <message>
            <source>SIM, mobile data and Wi-Fi</source>
            <translation>SIM, mobile data and Wi-Fi</translation>
        </message>
        <message>
            <source>Parts used</source>
            <translation>Parts used</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Checks after the repair</source>
            <translation>Checks after the repair</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>What was done, or which part is awaited</source>
            <translation>What was done, or which part is awaited</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Start repair</source>
            <translation>Start repair</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>Waiting for parts</translation>
        </message>
        <message>
            <source>Repaired: ready for pickup</source>
            <translation>Repaired: ready for pickup</translation>
        </message>
        <message>
            <source>Cannot be fixed</source>
            <translation>Cannot be fixed</translation>
        </message>
        <message>
            <source>The customer has not approved the current quote yet.</source>
            <translation>The customer has not approved the current quote yet.</translation>
        </message>
        <message>
            <source>Repair started.</source>
            <translation>Repair started.</translation>
        </message>
        <message>
            <source>Write which part is awaited (it goes into the timeline).</source>
            <translation>Write which part is awaited (it goes into the timeline).</translation>
        </message>
        <message>
            <source>Waiting for parts.</source>
            <translation>Waiting for parts.</translation>
        </message>
        <message>
            <source>Not checked yet: %1. Tick every check the phone passed before it goes back.</source>
            <translation>Not checked yet: %1. Tick every check the phone passed before it goes back.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Ready for pickup: the customer can be called.</source>
            <translation>Ready for pickup: the customer can be called.</translation>
        </message>
        <message>
            <source>Write why it cannot be fixed (the customer is told).</source>
            <translation>Write why it cannot be fixed (the customer is told).</translation>
        </message>
        <message>
            <source>Recorded as not fixable: the phone goes back unrepaired at pickup.</source>
            <translation>Recorded as not fixable: the phone goes back unrepaired at pickup.</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Repair</translation>
        </message>
        <message>
            <source>Nothing to record.</source>
            <translation>Nothing to record.</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::ReportsScreen</name>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Median (h)</source>
            <translation>Median (h)</translation>
        </message>
        <message>
            <source>90th pct. (h)</source>
            <translation>90th pct. (h)</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>Warranty</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <source>Tickets per day</source>
            <translation>Tickets per day</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Export report</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Computed in %1 ms.</source>
            <translation>Computed in %1 ms.</translation>
        </message>
        <message>
            <source>Tickets received</source>
            <translation>Tickets received</translation>
        </message>
        <message>
            <source>Tickets completed (picked up)</source>
            <translation>Tickets completed (picked up)</translation>
        </message>
        <message>
            <source>Returned unrepaired</source>
            <translation>Returned unrepaired</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Turnaround, median</source>
            <translation>Turnaround, median</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>Turnaround, 90th percentile</source>
            <translation>Turnaround, 90th percentile</translation>
        </message>
        <message>
            <source>Repeat repairs within %1 days</source>
            <translation>Repeat repairs within %1 days</translation>
        </message>
        <message>
            <source>Warranty repairs</source>
            <translation>Warranty repairs</translation>
        </message>
        <message>
            <source>Paid repairs</source>
            <translation>Paid repairs</translation>
        </message>
        <message>
            <source>Not classified (no quote, no verdict)</source>
            <translation>Not classified (no quote, no verdict)</translation>
        </message>
        <message>
            <source>Payments taken</source>
            <translation>Payments taken</translation>
        </message>
        <message>
            <source>Refunds given</source>
            <translation>Refunds given</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Tickets per week</source>
            <translation>Tickets per week</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exported to %1.</translation>
        </message>
        <message>
            <source>Computing the report…</source>
            <translation>Computing the report…</translation>
        </message>
        <message>
            <source>Exchanged (warranty remedy)</source>
            <translation>Exchanged (warranty remedy)</translation>
        </message>
        <message>
            <source>Refunded (warranty remedy)</source>
            <translation>Refunded (warranty remedy)</translation>
        </message>
        <message>
            <source>Accessory replaced (warranty remedy)</source>
            <translation>Accessory replaced (warranty remedy)</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>Remedy</source>
            <translation>Remedy</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Money back</source>
            <translation>Money back</translation>
        </message>
        <message>
            <source>Export remedies CSV…</source>
            <translation>Export remedies CSV…</translation>
        </message>
        <message>
            <source>Remedies by rule</source>
            <translation>Remedies by rule</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Export refunds CSV…</source>
            <translation>Export refunds CSV…</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Disposed (uncollected)</source>
            <translation>Disposed (uncollected)</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Exchange</translation>
        </message>
        <message>
            <source>Accessory replacement</source>
            <translation>Accessory replacement</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Loaner out on</source>
            <translation>Loaner out on</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Loaner phone</source>
            <translation>Loaner phone</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>Lent</translation>
        </message>
        <message>
            <source>Expected back</source>
            <translation>Expected back</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Yes: the phone is ready</source>
            <translation>Yes: the phone is ready</translation>
        </message>
        <message>
            <source>Yes: past the date</source>
            <translation>Yes: past the date</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::Session</name>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::SettingsScreen</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Only a manager can change the settings.</source>
            <translation>Only a manager can change the settings.</translation>
        </message>
        <message>
            <source>Center (printed on receipts)</source>
            <translation>Center (printed on receipts)</translation>
        </message>
        <message>
            <source>2 to 8 capital letters or digits; starts every ticket number.</source>
            <translation>2 to 8 capital letters or digits; starts every ticket number.</translation>
        </message>
        <message>
            <source>Two digits, different for every counter of the center.</source>
            <translation>Two digits, different for every counter of the center.</translation>
        </message>
        <message>
            <source>Center &amp;code:</source>
            <translation>Center &amp;code:</translation>
        </message>
        <message>
            <source>Center &amp;name:</source>
            <translation>Center &amp;name:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>&amp;Station code:</source>
            <translation>&amp;Station code:</translation>
        </message>
        <message>
            <source>Warranty and periods</source>
            <translation>Warranty and periods</translation>
        </message>
        <message>
            <source>China 三包 (cn-sanbao)</source>
            <translation>China 三包 (cn-sanbao)</translation>
        </message>
        <message>
            <source>EU legal guarantee (eu-2019-771)</source>
            <translation>EU legal guarantee (eu-2019-771)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Brand example (cn-brand-example)</source>
            <translation>Brand example (cn-brand-example)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>China requires at least 30 days.</source>
            <translation>China requires at least 30 days.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Statutory &amp;policy:</source>
            <translation>Statutory &amp;policy:</translation>
        </message>
        <message>
            <source>&amp;Brand policy:</source>
            <translation>&amp;Brand policy:</translation>
        </message>
        <message>
            <source>&amp;Repair warranty:</source>
            <translation>&amp;Repair warranty:</translation>
        </message>
        <message>
            <source>&amp;Uncollected phones after:</source>
            <translation>&amp;Uncollected phones after:</translation>
        </message>
        <message>
            <source>Lock the screen after:</source>
            <translation>Lock the screen after:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>&amp;Interface:</source>
            <translation>&amp;Interface:</translation>
        </message>
        <message>
            <source>Printers and formats (this workstation)</source>
            <translation>Printers and formats (this workstation)</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Intake receipt</source>
            <translation>Intake receipt</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Pickup record</source>
            <translation>Pickup record</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>System default printer</source>
            <translation>System default printer</translation>
        </message>
        <message>
            <source>Label 50 × 30 mm</source>
            <translation>Label 50 × 30 mm</translation>
        </message>
        <message>
            <source>80 mm roll</source>
            <translation>80 mm roll</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Same as the interface</translation>
        </message>
        <message>
            <source>Paper language</source>
            <translation>Paper language</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>&amp;Keep backups for:</source>
            <translation>&amp;Keep backups for:</translation>
        </message>
        <message>
            <source>Head office connection</source>
            <translation>Head office connection</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>HQ &amp;address:</source>
            <translation>HQ &amp;address:</translation>
        </message>
        <message>
            <source>Access &amp;token:</source>
            <translation>Access &amp;token:</translation>
        </message>
        <message>
            <source>Send &amp;every:</source>
            <translation>Send &amp;every:</translation>
        </message>
        <message>
            <source>The system's trusted authorities</source>
            <translation>The system's trusted authorities</translation>
        </message>
        <message>
            <source>The certificate authority (PEM) of a head office or hub with its own certificates.</source>
            <translation>The certificate authority (PEM) of a head office or hub with its own certificates.</translation>
        </message>
        <message>
            <source>Choose the CA file</source>
            <translation>Choose the CA file</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation>CA file</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
        </message>
        <message>
            <source>Plain http:// to a hub on this network</source>
            <translation>Plain http:// to a hub on this network</translation>
        </message>
        <message>
            <source>Only to a private address of this network (10.x, 172.16-31.x, 192.168.x); anything else needs https://.</source>
            <translation>Only to a private address of this network (10.x, 172.16-31.x, 192.168.x); anything else needs https://.</translation>
        </message>
        <message>
            <source>CA fi&amp;le:</source>
            <translation>CA fi&amp;le:</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Revert</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Choose the backup folder</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>%1 (not installed)</source>
            <translation>%1 (not installed)</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Fees</translation>
        </message>
        <message>
            <source>0 for no fee. A repair the warranty covers never pays it; the intake receipt states it.</source>
            <translation>0 for no fee. A repair the warranty covers never pays it; the intake receipt states it.</translation>
        </message>
        <message>
            <source>Waive it when the customer approves the quote</source>
            <translation>Waive it when the customer approves the quote</translation>
        </message>
        <message>
            <source>&amp;Diagnosis fee:</source>
            <translation>&amp;Diagnosis fee:</translation>
        </message>
        <message>
            <source>this station</source>
            <translation>this station</translation>
        </message>
        <message>
            <source>whole center</source>
            <translation>whole center</translation>
        </message>
        <message>
            <source>%1 (%2):</source>
            <translation>%1 (%2):</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::SetupWizard</name>
        <message>
            <source>Set up this counter</source>
            <translation>Set up this counter</translation>
        </message>
        <message>
            <source>Enter the center's name.</source>
            <translation>Enter the center's name.</translation>
        </message>
        <message>
            <source>The center code is 2 to 8 capital letters or digits, as head office assigned it.</source>
            <translation>The center code is 2 to 8 capital letters or digits, as head office assigned it.</translation>
        </message>
        <message>
            <source>Enter the address: it is printed on every receipt.</source>
            <translation>Enter the address: it is printed on every receipt.</translation>
        </message>
        <message>
            <source>Enter the phone number customers call: it is printed on every receipt.</source>
            <translation>Enter the phone number customers call: it is printed on every receipt.</translation>
        </message>
        <message>
            <source>The station code is two digits, e.g. 01.</source>
            <translation>The station code is two digits, e.g. 01.</translation>
        </message>
        <message>
            <source>The service center</source>
            <translation>The service center</translation>
        </message>
        <message>
            <source>Name, address and phone are printed on every receipt.</source>
            <translation>Name, address and phone are printed on every receipt.</translation>
        </message>
        <message>
            <source>Center name:</source>
            <translation>Center name:</translation>
        </message>
        <message>
            <source>Center code:</source>
            <translation>Center code:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Station code:</source>
            <translation>Station code:</translation>
        </message>
        <message>
            <source>Enter a user name for the manager.</source>
            <translation>Enter a user name for the manager.</translation>
        </message>
        <message>
            <source>Enter the manager's name as receipts and the timeline show it.</source>
            <translation>Enter the manager's name as receipts and the timeline show it.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>The two PINs differ.</translation>
        </message>
        <message>
            <source>The first manager</source>
            <translation>The first manager</translation>
        </message>
        <message>
            <source>The manager adds the other users, sets prices and may override a warranty verdict.</source>
            <translation>The manager adds the other users, sets prices and may override a warranty verdict.</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>PIN again:</source>
            <translation>PIN again:</translation>
        </message>
        <message>
            <source>Warranty policies</source>
            <translation>Warranty policies</translation>
        </message>
        <message>
            <source>The statutory policy decides the customer's rights; a brand policy may add to them, never take away.</source>
            <translation>The statutory policy decides the customer's rights; a brand policy may add to them, never take away.</translation>
        </message>
        <message>
            <source>China 三包 (cn-sanbao)</source>
            <translation>China 三包 (cn-sanbao)</translation>
        </message>
        <message>
            <source>EU legal guarantee (eu-2019-771)</source>
            <translation>EU legal guarantee (eu-2019-771)</translation>
        </message>
        <message>
            <source>Statutory policy:</source>
            <translation>Statutory policy:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Example brand policy (cn-brand-example)</source>
            <translation>Example brand policy (cn-brand-example)</translation>
        </message>
        <message>
            <source>Brand policy:</source>
            <translation>Brand policy:</translation>
        </message>
        <message>
            <source>A manager's PIN is %1 to 12 digits.</source>
            <translation>A manager's PIN is %1 to 12 digits.</translation>
        </message>
        <message>
            <source>PIN (%1–12 digits):</source>
            <translation>PIN (%1–12 digits):</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::SyncPage</name>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>Quarantined</translation>
        </message>
        <message>
            <source>Last success</source>
            <translation>Last success</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Last error</translation>
        </message>
        <message>
            <source>HQ URL</source>
            <translation>HQ URL</translation>
        </message>
        <message>
            <source>Center token</source>
            <translation>Center token</translation>
        </message>
        <message>
            <source>Interval (seconds)</source>
            <translation>Interval (seconds)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Retry quarantined</source>
            <translation>Retry quarantined</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Head office</translation>
        </message>
        <message>
            <source>Not running (set the HQ URL and token)</source>
            <translation>Not running (set the HQ URL and token)</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>Up to date</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Sending</translation>
        </message>
        <message numerus="yes">
            <source>Retrying in %n s</source>
            <translation>
                <numerusform>Retrying in %n s</numerusform>
                <numerusform>Retrying in %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>HQ refused the token: nothing is sent until the settings change</source>
            <translation>HQ refused the token: nothing is sent until the settings change</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>The HQ URL must start with https:// or http://</source>
            <translation>The HQ URL must start with https:// or http://</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Connection refused as unsafe (see the last error): nothing is sent until the settings change</source>
            <translation>Connection refused as unsafe (see the last error): nothing is sent until the settings change</translation>
        </message>
        <message>
            <source>Not sending: %1</source>
            <translation>Not sending: %1</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::SyncStatusWidget</name>
        <message>
            <source>Sync off</source>
            <translation>Sync off</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Synced</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Syncing</translation>
        </message>
        <message>
            <source>Sync retrying</source>
            <translation>Sync retrying</translation>
        </message>
        <message>
            <source>Sync refused: check the token</source>
            <translation>Sync refused: check the token</translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>%n pending</numerusform>
                <numerusform>%n pending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quarantined</source>
            <translation>
                <numerusform>%n quarantined</numerusform>
                <numerusform>%n quarantined</numerusform>
            </translation>
        </message>
        <message>
            <source>last %1</source>
            <translation>last %1</translation>
        </message>
        <message>
            <source>No sync error</source>
            <translation>No sync error</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Last error: %1</translation>
        </message>
        <message>
            <source>Sync refused: check the HQ address</source>
            <translation>Sync refused: check the HQ address</translation>
        </message>
        <message>
            <source>Sync refused: no center code</source>
            <translation>Sync refused: no center code</translation>
        </message>
        <message>
            <source>Sync refused: see the Sync page</source>
            <translation>Sync refused: see the Sync page</translation>
        </message>
        <message>
            <source>pulled %1</source>
            <translation>pulled %1</translation>
        </message>
        <message numerus="yes">
            <source>%n behind</source>
            <translation>
                <numerusform>%n behind</numerusform>
                <numerusform>%n behind</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rc::ui::TicketQueueModel</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Promise</translation>
        </message>
        <message>
            <source>Ready since %1; record each notice to collect on the ticket</source>
            <translation>Ready since %1; record each notice to collect on the ticket</translation>
        </message>
        <message>
            <source>Ready for</source>
            <translation>Ready for</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::TicketScreen</name>
        <message>
            <source>Ticket:</source>
            <translation>Ticket:</translation>
        </message>
        <message>
            <source>Scan the ticket barcode or type its number</source>
            <translation>Scan the ticket barcode or type its number</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>No such ticket.</source>
            <translation>No such ticket.</translation>
        </message>
        <message>
            <source>No ticket with the number %1.</source>
            <translation>No ticket with the number %1.</translation>
        </message>
        <message>
            <source>No ticket open: scan or type a ticket number, or open one from the queue.</source>
            <translation>No ticket open: scan or type a ticket number, or open one from the queue.</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::TicketView</name>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Status: %1 → %2</source>
            <translation>Status: %1 → %2</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnosis</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Customer's answer</source>
            <translation>Customer's answer</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Warranty re-evaluated</source>
            <translation>Warranty re-evaluated</translation>
        </message>
        <message>
            <source>Warranty verdict overridden</source>
            <translation>Warranty verdict overridden</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Not evaluated</source>
            <translation>Not evaluated</translation>
        </message>
        <message>
            <source>Covered: %1</source>
            <translation>Covered: %1</translation>
        </message>
        <message>
            <source>Not covered: the repair is paid</source>
            <translation>Not covered: the repair is paid</translation>
        </message>
        <message>
            <source>The customer may choose: %1</source>
            <translation>The customer may choose: %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Warranty until %1</source>
            <translation>Warranty until %1</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>Customer:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Fault:</source>
            <translation>Fault:</translation>
        </message>
        <message>
            <source>Received:</source>
            <translation>Received:</translation>
        </message>
        <message>
            <source>Data:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Change status to:</source>
            <translation>Change status to:</translation>
        </message>
        <message>
            <source>Why (goes into the timeline)</source>
            <translation>Why (goes into the timeline)</translation>
        </message>
        <message>
            <source>Change status</source>
            <translation>Change status</translation>
        </message>
        <message>
            <source>No ticket open</source>
            <translation>No ticket open</translation>
        </message>
        <message>
            <source>No such ticket.</source>
            <translation>No such ticket.</translation>
        </message>
        <message>
            <source>Condition: %1</source>
            <translation>Condition: %1</translation>
        </message>
        <message>
            <source>no marks noted</source>
            <translation>no marks noted</translation>
        </message>
        <message>
            <source>Accessories: %1</source>
            <translation>Accessories: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Backup consent given</source>
            <translation>Backup consent given</translation>
        </message>
        <message>
            <source>No backup consent recorded</source>
            <translation>No backup consent recorded</translation>
        </message>
        <message>
            <source>Your role cannot do that.</source>
            <translation>Your role cannot do that.</translation>
        </message>
        <message>
            <source>Diagnose</source>
            <translation>Diagnose</translation>
        </message>
        <message>
            <source>Record the customer's answer</source>
            <translation>Record the customer's answer</translation>
        </message>
        <message>
            <source>Change the quote</source>
            <translation>Change the quote</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Repair</translation>
        </message>
        <message>
            <source>Hand back</source>
            <translation>Hand back</translation>
        </message>
        <message>
            <source>Override warranty…</source>
            <translation>Override warranty…</translation>
        </message>
        <message>
            <source>Papers…</source>
            <translation>Papers…</translation>
        </message>
        <message>
            <source>Intake receipt</source>
            <translation>Intake receipt</translation>
        </message>
        <message>
            <source>Device label</source>
            <translation>Device label</translation>
        </message>
        <message>
            <source>Pickup receipt</source>
            <translation>Pickup receipt</translation>
        </message>
        <message>
            <source>Overridden by %1: %2</source>
            <translation>Overridden by %1: %2</translation>
        </message>
        <message>
            <source>Warranty at intake:</source>
            <translation>Warranty at intake:</translation>
        </message>
        <message>
            <source>Warranty now:</source>
            <translation>Warranty now:</translation>
        </message>
        <message>
            <source>Unchanged since intake.</source>
            <translation>Unchanged since intake.</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <source>%1 (closes the ticket)</source>
            <translation>%1 (closes the ticket)</translation>
        </message>
        <message>
            <source>Why it is closed (required)</source>
            <translation>Why it is closed (required)</translation>
        </message>
        <message>
            <source>"%1" closes the ticket for good: write down why first.</source>
            <translation>"%1" closes the ticket for good: write down why first.</translation>
        </message>
        <message>
            <source>Close the ticket?</source>
            <translation>Close the ticket?</translation>
        </message>
        <message>
            <source>Close the ticket</source>
            <translation>Close the ticket</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>Keep it open</translation>
        </message>
        <message>
            <source>The ticket changed meanwhile; nothing was closed.</source>
            <translation>The ticket changed meanwhile; nothing was closed.</translation>
        </message>
        <message>
            <source>Technician:</source>
            <translation>Technician:</translation>
        </message>
        <message>
            <source>Technician unassigned</source>
            <translation>Technician unassigned</translation>
        </message>
        <message>
            <source>Technician assigned</source>
            <translation>Technician assigned</translation>
        </message>
        <message>
            <source>Remedy…</source>
            <translation>Remedy…</translation>
        </message>
        <message>
            <source>Refund, exchange or accessory replacement, as the warranty verdict allows</source>
            <translation>Refund, exchange or accessory replacement, as the warranty verdict allows</translation>
        </message>
        <message>
            <source>Exchange certificate</source>
            <translation>Exchange certificate</translation>
        </message>
        <message>
            <source>Refund receipt</source>
            <translation>Refund receipt</translation>
        </message>
        <message>
            <source>Notice to collect</source>
            <translation>Notice to collect</translation>
        </message>
        <message>
            <source>Notice to collect…</source>
            <translation>Notice to collect…</translation>
        </message>
        <message>
            <source>Record that the customer was told to collect the phone</source>
            <translation>Record that the customer was told to collect the phone</translation>
        </message>
        <message>
            <source>Dispose…</source>
            <translation>Dispose…</translation>
        </message>
        <message>
            <source>Close an uncollected ticket as disposed (manager), after the notices</source>
            <translation>Close an uncollected ticket as disposed (manager), after the notices</translation>
        </message>
        <message>
            <source>Ticket %1 becomes "%2". This closes it for good; it cannot be reopened.

Reason: %3</source>
            <translation>Ticket %1 becomes "%2". This closes it for good; it cannot be reopened.

Reason: %3</translation>
        </message>
        <message>
            <source>%1, IMEI %2 — deposit %3, expected back %4</source>
            <translation>%1, IMEI %2 — security %3, expected back %4</translation>
        </message>
        <message>
            <source>Overdue: bring it back before the phone is handed back.</source>
            <translation>Overdue: bring it back before the phone is handed back.</translation>
        </message>
        <message>
            <source>Offer a loaner phone (%1): in the shop %2 days, more than %3.</source>
            <translation>Offer a loaner phone (%1): in the shop %2 days, more than %3.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Loaner phone:</source>
            <translation>Loaner phone:</translation>
        </message>
        <message>
            <source>Lend a loaner…</source>
            <translation>Lend a loaner…</translation>
        </message>
        <message>
            <source>Loaner phone (CN-07)</source>
            <translation>Loaner phone (CN-07)</translation>
        </message>
        <message>
            <source>Keep the advance payment because… (leave empty to give it back)</source>
            <translation>Keep the advance payment because… (leave empty to give it back)</translation>
        </message>
        <message>
            <source>Any advance payment goes back to the customer.</source>
            <translation>Any advance payment goes back to the customer.</translation>
        </message>
        <message>
            <source>The advance payment is kept: %1</source>
            <translation>The advance payment is kept: %1</translation>
        </message>
        <message>
            <source>%1 (conflict: another station's move counts)</source>
            <translation>%1 (conflict: another station's move counts)</translation>
        </message>
        <message>
            <source>Conflict: not taken</source>
            <translation>Conflict: not taken</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::UserDialog</name>
        <message>
            <source>New user</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>New PIN for %1</source>
            <translation>New PIN for %1</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>&amp;Username:</translation>
        </message>
        <message>
            <source>&amp;Name shown:</source>
            <translation>&amp;Name shown:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN &amp;again:</translation>
        </message>
        <message>
            <source>The username is missing.</source>
            <translation>The username is missing.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>The two PINs differ.</translation>
        </message>
        <message>
            <source>&amp;PIN (%1–12 digits):</source>
            <translation>&amp;PIN (%1–12 digits):</translation>
        </message>
        <message>
            <source>A manager's PIN is %1 to 12 digits.</source>
            <translation>A manager's PIN is %1 to 12 digits.</translation>
        </message>
        <message>
            <source>A PIN is %1 to 12 digits.</source>
            <translation>A PIN is %1 to 12 digits.</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::UsersScreen</name>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Last change</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Add user…</translation>
        </message>
        <message>
            <source>Reset &amp;PIN…</source>
            <translation>Reset &amp;PIN…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Set &amp;role</source>
            <translation>Set &amp;role</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>Locked until %1</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Enable</translation>
        </message>
        <message>
            <source>%1 can now log in.</source>
            <translation>%1 can now log in.</translation>
        </message>
        <message>
            <source>New PIN set for %1.</source>
            <translation>New PIN set for %1.</translation>
        </message>
        <message>
            <source>You cannot disable yourself while logged in.</source>
            <translation>You cannot disable yourself while logged in.</translation>
        </message>
        <message>
            <source>%1 is disabled.</source>
            <translation>%1 is disabled.</translation>
        </message>
        <message>
            <source>%1 is enabled again.</source>
            <translation>%1 is enabled again.</translation>
        </message>
        <message>
            <source>%1 is unlocked.</source>
            <translation>%1 is unlocked.</translation>
        </message>
        <message>
            <source>%1 is now: %2.</source>
            <translation>%1 is now: %2.</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::VerdictPanel</name>
        <message>
            <source>Covered: %1</source>
            <translation>Covered: %1</translation>
        </message>
        <message>
            <source>Not covered: the repair is paid</source>
            <translation>Not covered: the repair is paid</translation>
        </message>
        <message>
            <source>Not covered yet: warranty evidence missing</source>
            <translation>Not covered yet: warranty evidence missing</translation>
        </message>
        <message>
            <source>The customer may choose: %1</source>
            <translation>The customer may choose: %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Warranty until %1</source>
            <translation>Warranty until %1</translation>
        </message>
        <message>
            <source>Repair warranty until %1</source>
            <translation>Repair warranty until %1</translation>
        </message>
        <message>
            <source>No warranty verdict recorded.</source>
            <translation>No warranty verdict recorded.</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Covered</translation>
        </message>
        <message>
            <source>Not covered</source>
            <translation>Not covered</translation>
        </message>
        <message>
            <source> (overridden by a manager)</source>
            <translation> (overridden by a manager)</translation>
        </message>
    </context>
    <context>
        <name>ExclusiveStoreHold</name>
        <message>
            <source>The store %1 is open in another program (the counter, repairctl, sqlite3 …). Close it there and try again; nothing was changed.</source>
            <translation>The store %1 is open in another program (the counter, repairctl, sqlite3 …). Close it there and try again; nothing was changed.</translation>
        </message>
        <message>
            <source>Cannot open %1.</source>
            <translation>Cannot open %1.</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <source>the system keychain (service %1, entry %2)</source>
            <translation>the system keychain (service %1, entry %2)</translation>
        </message>
        <message>
            <source>Cannot read the HQ token from %1.</source>
            <translation>Cannot read the HQ token from %1.</translation>
        </message>
        <message>
            <source>Cannot delete %1.</source>
            <translation>Cannot delete %1.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the HQ token.</source>
            <translation>Cannot create the folder %1 for the HQ token.</translation>
        </message>
        <message>
            <source>Cannot write the HQ token to %1.</source>
            <translation>Cannot write the HQ token to %1.</translation>
        </message>
        <message>
            <source>The system keychain did not give the HQ token: %1</source>
            <translation>The system keychain did not give the HQ token: %1</translation>
        </message>
        <message>
            <source>The system keychain did not keep the HQ token: %1</source>
            <translation>The system keychain did not keep the HQ token: %1</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::RemedyDialog</name>
        <message>
            <source>Refund (退货)</source>
            <translation>Refund (退货)</translation>
        </message>
        <message>
            <source>Exchange the phone (换货)</source>
            <translation>Exchange the phone (换货)</translation>
        </message>
        <message>
            <source>Replace the accessory</source>
            <translation>Replace the accessory</translation>
        </message>
        <message>
            <source>Remedy for ticket %1</source>
            <translation>Remedy for ticket %1</translation>
        </message>
        <message>
            <source>%1 — manager's override</source>
            <translation>%1 — manager's override</translation>
        </message>
        <message>
            <source>Remedy:</source>
            <translation>Remedy:</translation>
        </message>
        <message>
            <source>The price on the invoice, e.g. 2999.00</source>
            <translation>The price on the invoice, e.g. 2999.00</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Amount:</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Mobile payment</source>
            <translation>Mobile payment</translation>
        </message>
        <message>
            <source>Paid back by:</source>
            <translation>Paid back by:</translation>
        </message>
        <message>
            <source>The customer's phone stays at the center.</source>
            <translation>The customer's phone stays at the center.</translation>
        </message>
        <message>
            <source>Conditions confirmed:</source>
            <translation>Conditions confirmed:</translation>
        </message>
        <message>
            <source>Scan the replacement phone's IMEI</source>
            <translation>Scan the replacement phone's IMEI</translation>
        </message>
        <message>
            <source>New phone's IMEI:</source>
            <translation>New phone's IMEI:</translation>
        </message>
        <message>
            <source>Second IMEI (dual SIM), if any</source>
            <translation>Second IMEI (dual SIM), if any</translation>
        </message>
        <message>
            <source>New phone's IMEI 2:</source>
            <translation>New phone's IMEI 2:</translation>
        </message>
        <message>
            <source>Goes back to the maker</source>
            <translation>Goes back to the maker</translation>
        </message>
        <message>
            <source>Stays at the center</source>
            <translation>Stays at the center</translation>
        </message>
        <message>
            <source>Old phone:</source>
            <translation>Old phone:</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>Battery</translation>
        </message>
        <message>
            <source>Charger</source>
            <translation>Charger</translation>
        </message>
        <message>
            <source>Wired headset</source>
            <translation>Wired headset</translation>
        </message>
        <message>
            <source>Memory card</source>
            <translation>Memory card</translation>
        </message>
        <message>
            <source>Data cable</source>
            <translation>Data cable</translation>
        </message>
        <message>
            <source>Accessory replaced:</source>
            <translation>Accessory replaced:</translation>
        </message>
        <message>
            <source>The new accessory gets its own warranty period from today.</source>
            <translation>The new accessory gets its own warranty period from today.</translation>
        </message>
        <message>
            <source>Why the verdict is overridden (required)</source>
            <translation>Why the verdict is overridden (required)</translation>
        </message>
        <message>
            <source>Override reason:</source>
            <translation>Override reason:</translation>
        </message>
        <message>
            <source>Record remedy</source>
            <translation>Record remedy</translation>
        </message>
        <message>
            <source>The verdict allows no remedy.</source>
            <translation>The verdict allows no remedy.</translation>
        </message>
        <message>
            <source>"%1" is not an amount; write it like 2999.00.</source>
            <translation>"%1" is not an amount; write it like 2999.00.</translation>
        </message>
        <message>
            <source>The ticket has no warranty verdict.</source>
            <translation>The ticket has no warranty verdict.</translation>
        </message>
        <message>
            <source>Warranty verdict: %1</source>
            <translation>Warranty verdict: %1</translation>
        </message>
    </context>
    <context>
        <name>TillReport</name>
        <message>
            <source>The till report needs a valid day.</source>
            <translation>The till report needs a valid day.</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::TillScreen</name>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Mobile payment (WeChat, Alipay …)</source>
            <translation>Mobile payment (WeChat, Alipay …)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Takings</source>
            <translation>Takings</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Export till</source>
            <translation>Export till</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>%1: %2 payments and refunds.</source>
            <translation>%1: %2 payments and refunds.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exported to %1.</translation>
        </message>
    </context>
    <context>
        <name>RemedyReport</name>
        <message>
            <source>The report needs a start date on or before its end date.</source>
            <translation>The report needs a start date on or before its end date.</translation>
        </message>
        <message>
            <source>Remedy: refund (%1)</source>
            <translation>Remedy: refund (%1)</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::DisposeDialog</name>
        <message>
            <source>Dispose of an uncollected phone — %1</source>
            <translation>Dispose of an uncollected phone — %1</translation>
        </message>
        <message>
            <source>The ticket closes as "%1". This cannot be undone.</source>
            <translation>The ticket closes as "%1". This cannot be undone.</translation>
        </message>
        <message>
            <source>Required: why, and what becomes of the phone</source>
            <translation>Required: why, and what becomes of the phone</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Dispose</source>
            <translation>Dispose</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::NoticeDialog</name>
        <message>
            <source>phone call</source>
            <translation>phone call</translation>
        </message>
        <message>
            <source>message</source>
            <translation>message</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>letter</translation>
        </message>
        <message>
            <source>%1: notice by %2</source>
            <translation>%1: notice by %2</translation>
        </message>
        <message numerus="yes">
            <source>No notice to collect yet. The phone may be disposed of %n day(s) after the last notice.</source>
            <translation>
                <numerusform>No notice to collect yet. The phone may be disposed of %n day after the last notice.</numerusform>
                <numerusform>No notice to collect yet. The phone may be disposed of %n days after the last notice.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>May be disposed of from %1 (%n day(s) after the last notice).</source>
            <translation>
                <numerusform>May be disposed of from %1 (%n day after the last notice).</numerusform>
                <numerusform>May be disposed of from %1 (%n days after the last notice).</numerusform>
            </translation>
        </message>
        <message>
            <source>Notice to collect — %1</source>
            <translation>Notice to collect — %1</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>Message (SMS, WeChat)</source>
            <translation>Message (SMS, WeChat)</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;How:</translation>
        </message>
        <message>
            <source>Optional, e.g. who answered</source>
            <translation>Optional, e.g. who answered</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Record notice</source>
            <translation>Record notice</translation>
        </message>
        <message>
            <source>Notices to collect:</source>
            <translation>Notices to collect:</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::BusyStoreRetry</name>
        <message>
            <source>Stop waiting</source>
            <translation>Stop waiting</translation>
        </message>
        <message>
            <source>Stop retrying the save; what you typed stays in the form.</source>
            <translation>Stop retrying the save; what you typed stays in the form.</translation>
        </message>
        <message>
            <source>The store is busy (an upgrade or a seed is running); retrying… (%1 s) — what you typed is kept.</source>
            <translation>The store is busy (an upgrade or a seed is running); retrying… (%1 s) — what you typed is kept.</translation>
        </message>
        <message>
            <source>Not saved: you stopped waiting for the busy store. What you typed is still here; save again when the other program is done.</source>
            <translation>Not saved: you stopped waiting for the busy store. What you typed is still here; save again when the other program is done.</translation>
        </message>
    </context>
    <context>
        <name>LoanerDesk</name>
        <message>
            <source>damaged</source>
            <translation>damaged</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>"%1" is not a valid IMEI of a loaner phone: %2</source>
            <translation>"%1" is not a valid IMEI of a loaner phone: %2</translation>
        </message>
        <message>
            <source>not an IMEI (MEID/ESN)</source>
            <translation>not an IMEI (MEID/ESN)</translation>
        </message>
        <message>
            <source>A loaner phone needs its model (at most 100 characters).</source>
            <translation>A loaner phone needs its model (at most 100 characters).</translation>
        </message>
        <message>
            <source>The deposit must be between 0 and 1000000.00.</source>
            <translation>The security must be between 0 and 1000000.00.</translation>
        </message>
        <message>
            <source>A loaner's condition is ok or damaged, not "%1".</source>
            <translation>A loaner's condition is ok or damaged, not "%1".</translation>
        </message>
        <message>
            <source>The loaner phone %1 (%2) is already on the list.</source>
            <translation>The loaner phone %1 (%2) is already on the list.</translation>
        </message>
        <message>
            <source>Choose how the deposit is paid: cash, card or mobile payment.</source>
            <translation>Choose how the security is paid: cash, card or mobile payment.</translation>
        </message>
        <message>
            <source>The expected return date %1 is in the past.</source>
            <translation>The expected return date %1 is in the past.</translation>
        </message>
        <message>
            <source>Ticket %1 is "%2": it is closed.</source>
            <translation>Ticket %1 is "%2": it is closed.</translation>
        </message>
        <message>
            <source>No loaner phone %1 on the list.</source>
            <translation>No loaner phone %1 on the list.</translation>
        </message>
        <message>
            <source>The loaner phone %1 (%2) was written off.</source>
            <translation>The loaner phone %1 (%2) was written off.</translation>
        </message>
        <message>
            <source>The loaner phone %1 (%2) is already lent, on ticket %3.</source>
            <translation>The loaner phone %1 (%2) is already lent, on ticket %3.</translation>
        </message>
        <message>
            <source>Ticket %1 already has the loaner phone %2 out.</source>
            <translation>Ticket %1 already has the loaner phone %2 out.</translation>
        </message>
        <message>
            <source>%1 may not take the loaner's deposit.</source>
            <translation>%1 may not take the loaner's security.</translation>
        </message>
        <message>
            <source>Loaner phone lent: %1 (IMEI %2), deposit %3 (CN-07)</source>
            <translation>Loaner phone lent: %1 (IMEI %2), security %3 (CN-07)</translation>
        </message>
        <message>
            <source>The loaner phone %1 (%2) is not lent out.</source>
            <translation>The loaner phone %1 (%2) is not lent out.</translation>
        </message>
        <message>
            <source>Check the loaner phone: its condition is ok or damaged.</source>
            <translation>Check the loaner phone: its condition is ok or damaged.</translation>
        </message>
        <message>
            <source>Keeping the deposit needs a written reason.</source>
            <translation>Keeping the security needs a written reason.</translation>
        </message>
        <message>
            <source>%1 may not give the loaner's deposit back.</source>
            <translation>%1 may not give the loaner's security back.</translation>
        </message>
        <message>
            <source>Loaner phone back: %1 (IMEI %2), %3</source>
            <translation>Loaner phone back: %1 (IMEI %2), %3</translation>
        </message>
        <message>
            <source>deposit %1 returned</source>
            <translation>security %1 returned</translation>
        </message>
        <message>
            <source>deposit %1 kept: %2</source>
            <translation>security %1 kept: %2</translation>
        </message>
        <message>
            <source>Writing off a loaner phone needs a written reason.</source>
            <translation>Writing off a loaner phone needs a written reason.</translation>
        </message>
        <message>
            <source>Loaner phone written off: %1 (IMEI %2): %3</source>
            <translation>Loaner phone written off: %1 (IMEI %2): %3</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::LoanerScreen</name>
        <message>
            <source>Lent</source>
            <translation>Lent</translation>
        </message>
        <message>
            <source>Written off</source>
            <translation>Written off</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>In stock</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Damaged</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Loaner phones (CN-07)</source>
            <translation>Loaner phones (CN-07)</translation>
        </message>
        <message>
            <source>IMEI</source>
            <translation>IMEI</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Expected back</source>
            <translation>Expected back</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Add a loaner phone</source>
            <translation>Add a loaner phone</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>IMEI:</source>
            <translation>IMEI:</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>Model:</translation>
        </message>
        <message>
            <source>Deposit:</source>
            <translation>Security:</translation>
        </message>
        <message>
            <source>Lend the selected phone</source>
            <translation>Lend the selected phone</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Mobile payment</source>
            <translation>Mobile payment</translation>
        </message>
        <message>
            <source>&amp;Lend, deposit taken</source>
            <translation>&amp;Lend, security taken</translation>
        </message>
        <message>
            <source>Ticket:</source>
            <translation>Ticket:</translation>
        </message>
        <message>
            <source>Deposit paid by:</source>
            <translation>Security paid by:</translation>
        </message>
        <message>
            <source>Take the selected phone back</source>
            <translation>Take the selected phone back</translation>
        </message>
        <message>
            <source>Checked: OK</source>
            <translation>Checked: OK</translation>
        </message>
        <message>
            <source>Checked: damaged</source>
            <translation>Checked: damaged</translation>
        </message>
        <message>
            <source>Keep the deposit</source>
            <translation>Keep the security</translation>
        </message>
        <message>
            <source>Why the deposit is kept</source>
            <translation>Why the security is kept</translation>
        </message>
        <message>
            <source>&amp;Take back</source>
            <translation>&amp;Take back</translation>
        </message>
        <message>
            <source>Condition:</source>
            <translation>Condition:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Write off (manager)</source>
            <translation>Write off (manager)</translation>
        </message>
        <message>
            <source>&amp;Write off</source>
            <translation>&amp;Write off</translation>
        </message>
        <message>
            <source>Overdue: the phone is ready</source>
            <translation>Overdue: the phone is ready</translation>
        </message>
        <message>
            <source>Overdue: past the expected date</source>
            <translation>Overdue: past the expected date</translation>
        </message>
        <message numerus="yes">
            <source>%n phone(s) out</source>
            <translation>
                <numerusform>%n phone out</numerusform>
                <numerusform>%n phones out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>The deposit is an amount such as 200.00, not "%1".</source>
            <translation>The security is an amount such as 200.00, not "%1".</translation>
        </message>
        <message>
            <source>%1 (%2) is on the list.</source>
            <translation>%1 (%2) is on the list.</translation>
        </message>
        <message>
            <source>No ticket %1.</source>
            <translation>No ticket %1.</translation>
        </message>
        <message>
            <source>%1 lent on ticket %2, deposit %3 taken; expected back %4.</source>
            <translation>%1 lent on ticket %2, security %3 taken; expected back %4.</translation>
        </message>
        <message>
            <source>%1 is back; the deposit %2 is kept.</source>
            <translation>%1 is back; the security %2 is kept.</translation>
        </message>
        <message>
            <source>%1 is back; the deposit %2 goes back to the customer.</source>
            <translation>%1 is back; the security %2 goes back to the customer.</translation>
        </message>
        <message>
            <source>%1 is written off.</source>
            <translation>%1 is written off.</translation>
        </message>
        <message>
            <source>Loaner phones</source>
            <translation>Loaner phones</translation>
        </message>
        <message>
            <source>Agreement / return slip…</source>
            <translation>Agreement / return slip…</translation>
        </message>
        <message>
            <source>Nothing lent or taken back yet.</source>
            <translation>Nothing lent or taken back yet.</translation>
        </message>
    </context>
    <context>
        <name>DepositSettlement</name>
        <message>
            <source>Keeping the customer's advance payment needs a written reason.</source>
            <translation>Keeping the customer's advance payment needs a written reason.</translation>
        </message>
        <message>
            <source>Unknown way to give the advance payment back "%1": cash, card, wechat, alipay, mobile or other.</source>
            <translation>Unknown way to give the advance payment back "%1": cash, card, wechat, alipay, mobile or other.</translation>
        </message>
        <message>
            <source>Advance payment of %1 kept: %2</source>
            <translation>Advance payment of %1 kept: %2</translation>
        </message>
        <message>
            <source>Ticket %1 owes the diagnosis fee of %2 and %3 was paid: take the remaining %4 first, or a manager waives the fee with a reason.</source>
            <translation>Ticket %1 owes the diagnosis fee of %2 and %3 was paid: take the remaining %4 first, or a manager waives the fee with a reason.</translation>
        </message>
        <message>
            <source>Diagnosis fee of %1 kept from the advance payment.</source>
            <translation>Diagnosis fee of %1 kept from the advance payment.</translation>
        </message>
    </context>
    <context>
        <name>DiagnosisFee</name>
        <message>
            <source>Diagnosis fee %1: not charged, the warranty covers the repair (%2).</source>
            <translation>Diagnosis fee %1: not charged, the warranty covers the repair (%2).</translation>
        </message>
        <message>
            <source>Diagnosis fee %1: payable if the phone goes back unrepaired.</source>
            <translation>Diagnosis fee %1: payable if the phone goes back unrepaired.</translation>
        </message>
        <message>
            <source>Diagnosis fee %1 waived: the quote was approved.</source>
            <translation>Diagnosis fee %1 waived: the quote was approved.</translation>
        </message>
        <message>
            <source>Diagnosis fee %1: added to the amount to pay.</source>
            <translation>Diagnosis fee %1: added to the amount to pay.</translation>
        </message>
        <message>
            <source>Diagnosis fee %1: owed, the phone goes back unrepaired.</source>
            <translation>Diagnosis fee %1: owed, the phone goes back unrepaired.</translation>
        </message>
        <message>
            <source>Diagnosis fee %1: not charged, no diagnosis was made.</source>
            <translation>Diagnosis fee %1: not charged, no diagnosis was made.</translation>
        </message>
        <message>
            <source>Diagnosis fee %1 waived by the manager: %2</source>
            <translation>Diagnosis fee %1 waived by the manager: %2</translation>
        </message>
        <message>
            <source>Diagnosis fee %1, waived when you approve the quote; payable if the phone goes back unrepaired. A repair the warranty covers never pays it.</source>
            <translation>Diagnosis fee %1, waived when you approve the quote; payable if the phone goes back unrepaired. A repair the warranty covers never pays it.</translation>
        </message>
        <message>
            <source>Diagnosis fee %1, added to the repair when you approve the quote; payable if the phone goes back unrepaired. A repair the warranty covers never pays it.</source>
            <translation>Diagnosis fee %1, added to the repair when you approve the quote; payable if the phone goes back unrepaired. A repair the warranty covers never pays it.</translation>
        </message>
    </context>
    <context>
        <name>DiagnosisFees</name>
        <message>
            <source>The setting fees.diagnosis should be an amount but is "%1".</source>
            <translation>The setting fees.diagnosis should be an amount but is "%1".</translation>
        </message>
        <message>
            <source>Waiving the diagnosis fee needs a written reason.</source>
            <translation>Waiving the diagnosis fee needs a written reason.</translation>
        </message>
        <message>
            <source>Ticket %1 owes no diagnosis fee to waive (%2).</source>
            <translation>Ticket %1 owes no diagnosis fee to waive (%2).</translation>
        </message>
        <message>
            <source>Diagnosis fee of %1 waived: %2</source>
            <translation>Diagnosis fee of %1 waived: %2</translation>
        </message>
    </context>
    <context>
        <name>Transport</name>
        <message>
            <source>The HQ address is a web address such as https://hq.example.com.</source>
            <translation>The HQ address is a web address such as https://hq.example.com.</translation>
        </message>
        <message>
            <source>Plain http:// is refused for %1: with sync.allow_http_lan it is allowed only to a private address of this network (10.x, 172.16-31.x, 192.168.x), written as an address. Use https:// for head office.</source>
            <translation>Plain http:// is refused for %1: with sync.allow_http_lan it is allowed only to a private address of this network (10.x, 172.16-31.x, 192.168.x), written as an address. Use https:// for head office.</translation>
        </message>
        <message>
            <source>Plain http:// is refused for %1: the token and the tickets would cross the network unencrypted. Use https:// (or, for a hub on this center's own network, set sync.allow_http_lan to 1).</source>
            <translation>Plain http:// is refused for %1: the token and the tickets would cross the network unencrypted. Use https:// (or, for a hub on this center's own network, set sync.allow_http_lan to 1).</translation>
        </message>
        <message>
            <source>The CA file %1 cannot be read: %2</source>
            <translation>The CA file %1 cannot be read: %2</translation>
        </message>
        <message>
            <source>The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
            <translation>The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</translation>
        </message>
        <message>
            <source>The request for %1 does not go to the HQ address %2.</source>
            <translation>The request for %1 does not go to the HQ address %2.</translation>
        </message>
        <message>
            <source>HQ answered %1, a redirect to %2: redirects are not followed (the token goes only to the address set). Set the HQ address to the final one.</source>
            <translation>HQ answered %1, a redirect to %2: redirects are not followed (the token goes only to the address set). Set the HQ address to the final one.</translation>
        </message>
        <message>
            <source>nowhere</source>
            <translation>nowhere</translation>
        </message>
    </context>
    <context>
        <name>VersionClock</name>
        <message>
            <source>The store has no version clock.</source>
            <translation>The store has no version clock.</translation>
        </message>
    </context>
    <context>
        <name>SyncStateStore</name>
        <message>
            <source>This store has no center code (Settings, or repairctl setup): nothing is sent to head office until it has one.</source>
            <translation>This store has no center code (Settings, or repairctl setup): nothing is sent to head office until it has one.</translation>
        </message>
    </context>
    <context>
        <name>rc::sync::SyncPuller</name>
        <message>
            <source>HQ did not answer within %1 s.</source>
            <translation>HQ did not answer within %1 s.</translation>
        </message>
        <message>
            <source>Network error: %1</source>
            <translation>Network error: %1</translation>
        </message>
        <message>
            <source>HQ answered %1: %2</source>
            <translation>HQ answered %1: %2</translation>
        </message>
    </context>
    <context>
        <name>rc::sync::DeviceHistoryClient</name>
        <message>
            <source>No head office is set.</source>
            <translation>No head office is set.</translation>
        </message>
        <message>
            <source>This station has no head office token.</source>
            <translation>This station has no head office token.</translation>
        </message>
        <message>
            <source>Head office did not answer within %1 s.</source>
            <translation>Head office did not answer within %1 s.</translation>
        </message>
        <message>
            <source>Head office cannot be reached: %1</source>
            <translation>Head office cannot be reached: %1</translation>
        </message>
        <message>
            <source>Head office answered %1.</source>
            <translation>Head office answered %1.</translation>
        </message>
        <message>
            <source>Head office's answer is not the history of %1.</source>
            <translation>Head office's answer is not the history of %1.</translation>
        </message>
        <message>
            <source>Head office's history of %1 holds a ticket without a number.</source>
            <translation>Head office's history of %1 holds a ticket without a number.</translation>
        </message>
        <message>
            <source>Head office's history of %1 holds an exchange without its id or date.</source>
            <translation>Head office's history of %1 holds an exchange without its id or date.</translation>
        </message>
    </context>
    <context>
        <name>HistorySource</name>
        <message>
            <source>History: this store and head office (tickets from head office: %1, repairs counted: %2)</source>
            <translation>History: this store and head office (tickets from head office: %1, repairs counted: %2)</translation>
        </message>
        <message>
            <source>History: this store and head office (tickets from head office: %1, repairs counted: %2, exchanges: %3)</source>
            <translation>History: this store and head office (tickets from head office: %1, repairs counted: %2, exchanges: %3)</translation>
        </message>
        <message>
            <source>History: this store only — no head office token</source>
            <translation>History: this store only — no head office token</translation>
        </message>
        <message>
            <source>History: this store only — no head office set</source>
            <translation>History: this store only — no head office set</translation>
        </message>
        <message>
            <source>History: this store only — head office did not answer in time</source>
            <translation>History: this store only — head office did not answer in time</translation>
        </message>
        <message>
            <source>History: this store only — head office could not be asked</source>
            <translation>History: this store only — head office could not be asked</translation>
        </message>
    </context>
</TS>
