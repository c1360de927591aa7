<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Accessories</name>
        <message>
            <source>SIM tray</source>
            <translation>卡托</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>保护壳</translation>
        </message>
        <message>
            <source>Charger</source>
            <translation>充电器</translation>
        </message>
        <message>
            <source>Cable</source>
            <translation>数据线</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>包装盒</translation>
        </message>
        <message>
            <source>Memory card</source>
            <translation>存储卡</translation>
        </message>
        <message>
            <source>Stylus</source>
            <translation>手写笔</translation>
        </message>
        <message>
            <source>, </source>
            <extracomment>Between the names of accessories in a list ("SIM tray, Case").</extracomment>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>AuditChain</name>
        <message>
            <source>the first entry does not start the chain: entries before it are missing</source>
            <translation>第一条记录不是链的起点：它之前的记录缺失</translation>
        </message>
        <message>
            <source>its previous hash is not the hash of the entry before it (rid %1): an entry between them is missing or was edited</source>
            <translation>其前一哈希不是前一条记录（rid %1）的哈希：两者之间有记录缺失或被修改</translation>
        </message>
        <message>
            <source>its hash does not match its contents: the entry was edited</source>
            <translation>其哈希与内容不符：该记录被修改过</translation>
        </message>
        <message>
            <source>another entry of station %1 already follows the same entry: one of them replaced an entry</source>
            <translation>站点 %1 的另一条记录已接在同一条记录之后：其中一条替换了原记录</translation>
        </message>
        <message>
            <source>the entry of station %1 it follows is not in this store: it is missing</source>
            <translation>它所接续的站点 %1 的记录不在本库中：该记录缺失</translation>
        </message>
    </context>
    <context>
        <name>Authority</name>
        <message>
            <source>No user is signed in (or the user %1 does not exist): nothing is done without a known user.</source>
            <translation>没有登录的用户（或用户 %1 不存在）：未知用户不能进行任何操作。</translation>
        </message>
        <message>
            <source>%1 is disabled and can do nothing at this center.</source>
            <translation>%1 已停用，不能在本中心进行任何操作。</translation>
        </message>
        <message>
            <source>%1 (%2) may not %3.</source>
            <translation>%1（%2）无权%3。</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not a readable store: %2</source>
            <translation>%1 不是可读的数据库：%2</translation>
        </message>
        <message>
            <source>%1 is damaged: %2</source>
            <translation>%1 已损坏：%2</translation>
        </message>
        <message>
            <source>%1 has no readable schema version.</source>
            <translation>%1 没有可读的结构版本。</translation>
        </message>
        <message>
            <source>%1 has schema version %2; this program knows up to %3.</source>
            <translation>%1 的结构版本为 %2；本程序最高只支持 %3。</translation>
        </message>
        <message>
            <source>%1 is not a Repair Counter store.</source>
            <translation>%1 不是维修柜台数据库。</translation>
        </message>
        <message>
            <source>Cannot copy %1 to %2.</source>
            <translation>无法将 %1 复制到 %2。</translation>
        </message>
        <message>
            <source>Cannot open %1 to flush it.</source>
            <translation>无法打开 %1 写入磁盘。</translation>
        </message>
        <message>
            <source>Flushing %1 to disk failed.</source>
            <translation>%1 写入磁盘失败。</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 不存在。</translation>
        </message>
        <message>
            <source>%1 exists already.</source>
            <translation>%1 已存在。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Backup to %1</source>
            <translation>备份到 %1</translation>
        </message>
        <message>
            <source>Backup %1: %2</source>
            <translation>备份 %1：%2</translation>
        </message>
        <message>
            <source>Cannot rename %1 to %2.</source>
            <translation>无法将 %1 重命名为 %2。</translation>
        </message>
        <message>
            <source>Cannot delete the old backup %1.</source>
            <translation>无法删除旧备份 %1。</translation>
        </message>
        <message>
            <source>Not restoring: the backup failed its check. %1</source>
            <translation>未恢复：备份未通过校验。%1</translation>
        </message>
        <message>
            <source>The store %1 exists; add --force to replace it (it is kept in %2).</source>
            <translation>数据库 %1 已存在；加 --force 可替换（原文件保留在 %2）。</translation>
        </message>
        <message>
            <source>Cannot create the folder for %1.</source>
            <translation>无法为 %1 创建文件夹。</translation>
        </message>
        <message>
            <source>Cannot move %1 aside.</source>
            <translation>无法移开 %1。</translation>
        </message>
        <message>
            <source>Cannot move the restored copy to %1.</source>
            <translation>无法将恢复的副本移到 %1。</translation>
        </message>
        <message>
            <source>Cannot create %1.</source>
            <translation>无法创建 %1。</translation>
        </message>
        <message>
            <source>Cannot protect %1.</source>
            <translation>无法将 %1 设为仅所有者可读写。</translation>
        </message>
        <message>
            <source>Cannot protect the folder %1.</source>
            <translation>无法将文件夹 %1 设为仅所有者可访问。</translation>
        </message>
        <message>
            <source>The store was restored but could not be opened to record it: %1</source>
            <translation>数据库已恢复，但无法打开以记录此次恢复：%1</translation>
        </message>
        <message>
            <source>Not restoring: the version clock of %1 cannot be read. %2</source>
            <translation>未恢复：无法读取 %1 的版本时钟。%2</translation>
        </message>
    </context>
    <context>
        <name>CenterAdmin</name>
        <message>
            <source>This store is set up already (it has users): sign in as a manager to change its settings.</source>
            <translation>本数据库已完成设置（已有用户）：请以店长身份登录后再修改设置。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Show this help.</source>
            <translation>显示本帮助。</translation>
        </message>
        <message>
            <source>The store (SQLite file). Default: $REPAIR_COUNTER_DB, else the application data folder.</source>
            <translation>数据库（SQLite 文件）。默认：$REPAIR_COUNTER_DB，否则为应用数据文件夹。</translation>
        </message>
        <message>
            <source>Print the store's path, schema version and size.</source>
            <translation>显示数据库的路径、结构版本和大小。</translation>
        </message>
        <message>
            <source>db info takes no arguments</source>
            <translation>db info 不接受参数</translation>
        </message>
        <message>
            <source>PRAGMA integrity_check instead of quick_check (slower, also checks index contents).</source>
            <translation>使用 PRAGMA integrity_check 代替 quick_check（较慢，同时检查索引内容）。</translation>
        </message>
        <message>
            <source>Check the store for damage. Exit 1 when it is damaged.</source>
            <translation>检查数据库是否损坏。损坏时退出码为 1。</translation>
        </message>
        <message>
            <source>db check takes no arguments</source>
            <translation>db check 不接受参数</translation>
        </message>
        <message>
            <source>%1 rows refer to records that do not exist</source>
            <translation>%1 行引用了不存在的记录</translation>
        </message>
        <message>
            <source>the store %1 is damaged: %2. %3</source>
            <translation>数据库 %1 已损坏：%2。%3</translation>
        </message>
        <message>
            <source>There is no automatic backup.</source>
            <translation>没有自动备份。</translation>
        </message>
        <message>
            <source>The latest backup is %1 (repairctl db restore).</source>
            <translation>最新备份为 %1（repairctl db restore）。</translation>
        </message>
        <message>
            <source>Where to write the copy.</source>
            <translation>副本写入位置。</translation>
        </message>
        <message>
            <source>Write a checked copy of the store to FILE (which must not exist).</source>
            <translation>将经过校验的数据库副本写入 FILE（该文件必须不存在）。</translation>
        </message>
        <message>
            <source>db backup takes one FILE</source>
            <translation>db backup 需要一个 FILE</translation>
        </message>
        <message>
            <source>%1 exists already</source>
            <translation>%1 已存在</translation>
        </message>
        <message>
            <source>Replace an existing store (it is kept in the backup folder).</source>
            <translation>替换已有数据库（原文件保留在备份文件夹中）。</translation>
        </message>
        <message>
            <source>The backup to restore.</source>
            <translation>要恢复的备份。</translation>
        </message>
        <message>
            <source>db restore takes one FILE</source>
            <translation>db restore 需要一个 FILE</translation>
        </message>
        <message>
            <source>How many tickets (default 200).</source>
            <translation>维修单数量（默认 200）。</translation>
        </message>
        <message>
            <source>The random seed: the same seed gives the same data.</source>
            <translation>随机种子：相同种子生成相同数据。</translation>
        </message>
        <message>
            <source>The center code (default DEMO).</source>
            <translation>网点代码（默认 DEMO）。</translation>
        </message>
        <message>
            <source>Fill an empty store with realistic synthetic data.</source>
            <translation>向空数据库填充逼真的模拟数据。</translation>
        </message>
        <message>
            <source>--center takes letters and digits only</source>
            <translation>--center 只能包含字母和数字</translation>
        </message>
        <message>
            <source>--center takes 1 to 8 letters and digits</source>
            <translation>--center 为 1 到 8 位字母和数字</translation>
        </message>
        <message>
            <source>IMEI, IMEISV, MEID or ESN as scanned or typed.</source>
            <translation>扫描或输入的 IMEI、IMEISV、MEID 或 ESN。</translation>
        </message>
        <message>
            <source>Read one input per line from standard input.</source>
            <translation>从标准输入逐行读取。</translation>
        </message>
        <message>
            <source>Check device identifiers: one JSON object per input. Exit 0 if all are valid, 1 if any is not.</source>
            <translation>检查设备识别码：每个输入输出一个 JSON 对象。全部有效退出码为 0，否则为 1。</translation>
        </message>
        <message>
            <source>cannot read standard input</source>
            <translation>无法读取标准输入</translation>
        </message>
        <message>
            <source>imei check needs at least one INPUT or --stdin</source>
            <translation>imei check 至少需要一个 INPUT 或 --stdin</translation>
        </message>
        <message>
            <source>First day of the range (YYYY-MM-DD).</source>
            <translation>起始日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Last day of the range (YYYY-MM-DD).</source>
            <translation>结束日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Print CSV instead of JSON.</source>
            <translation>输出 CSV 而不是 JSON。</translation>
        </message>
        <message>
            <source>Print the manager's figures for a date range: tickets received and completed, turnaround, repeat repairs, warranty vs paid, revenue, per technician.</source>
            <translation>输出某日期范围内的经营指标：受理和完成的维修单、周转时间、返修、保修与付费、营业额、各工程师数据。</translation>
        </message>
        <message>
            <source>report kpis needs --from and --to as YYYY-MM-DD</source>
            <translation>report kpis 需要 --from 和 --to（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>--to is before --from</source>
            <translation>--to 早于 --from</translation>
        </message>
        <message>
            <source>Print the price list as CSV (UTF-8, RFC 4180).</source>
            <translation>以 CSV 输出价目表（UTF-8，RFC 4180）。</translation>
        </message>
        <message>
            <source>price export takes no arguments</source>
            <translation>price export 不接受参数</translation>
        </message>
        <message>
            <source>The CSV file to import.</source>
            <translation>要导入的 CSV 文件。</translation>
        </message>
        <message>
            <source>Add and update price items from a CSV file, all or nothing (columns: code,kind,name_zh,name_en,unit_price,currency,stock,active).</source>
            <translation>从 CSV 文件添加和更新价目项，要么全部成功要么全部不导入（列：code,kind,name_zh,name_en,unit_price,currency,stock,active）。</translation>
        </message>
        <message>
            <source>price import takes one file</source>
            <translation>price import 需要一个文件</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>The ticket number.</source>
            <translation>维修单号。</translation>
        </message>
        <message>
            <source>thermal80 (80 mm roll) or a4; the label has its own 50 × 30 mm stock.</source>
            <translation>thermal80（80 毫米热敏纸）或 a4；标签使用 50 × 30 毫米专用纸。</translation>
        </message>
        <message>
            <source>The paper's language: zh_CN or en.</source>
            <translation>单据语言：zh_CN 或 en。</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>要写入的 PDF 文件。</translation>
        </message>
        <message>
            <source>customer (phone masked) or shop (full phone number).</source>
            <translation>customer（电话打码）或 shop（完整电话）。</translation>
        </message>
        <message>
            <source>Mark the paper as a reprint, with the time.</source>
            <translation>标记为补打，并注明时间。</translation>
        </message>
        <message>
            <source>receipt render takes one ticket NUMBER</source>
            <translation>receipt render 需要一个维修单号</translation>
        </message>
        <message>
            <source>--format must be thermal80 or a4</source>
            <translation>--format 必须是 thermal80 或 a4</translation>
        </message>
        <message>
            <source>--lang must be zh_CN or en</source>
            <translation>--lang 必须是 zh_CN 或 en</translation>
        </message>
        <message>
            <source>--copy must be customer or shop</source>
            <translation>--copy 必须是 customer 或 shop</translation>
        </message>
        <message>
            <source>--out FILE.pdf is required</source>
            <translation>必须提供 --out FILE.pdf</translation>
        </message>
        <message>
            <source>At most N (default 20).</source>
            <translation>最多 N 条（默认 20）。</translation>
        </message>
        <message>
            <source>A ticket number, an IMEI or its last 4–6 digits, a phone prefix or its last 4 digits, or any part of a customer's name.</source>
            <translation>维修单号、IMEI 或其后 4–6 位、电话号码前几位或后 4 位，或客户姓名的任意部分。</translation>
        </message>
        <message>
            <source>Find tickets, newest first, one JSON object per line. Exit 1 when nothing is found.</source>
            <translation>查找维修单，最新的在前，每行一个 JSON 对象。找不到时退出码为 1。</translation>
        </message>
        <message>
            <source>search needs a QUERY</source>
            <translation>search 需要一个 QUERY</translation>
        </message>
        <message>
            <source>Either IMEI of the phone.</source>
            <translation>手机的任一 IMEI。</translation>
        </message>
        <message>
            <source>Every ticket of a phone, oldest first, with the repeat-repair flag (JSON lines).</source>
            <translation>一台手机的所有维修单，最早的在前，附返修标记（JSON 行）。</translation>
        </message>
        <message>
            <source>device history takes one IMEI</source>
            <translation>device history 需要一个 IMEI</translation>
        </message>
        <message>
            <source>HQ's base URL, e.g. https://hq.example.com (default: the sync.hq_url setting).</source>
            <translation>总部基础地址，例如 https://hq.example.com（默认：sync.hq_url 设置）。</translation>
        </message>
        <message>
            <source>Push what is pending, pull what the other stations sent, then exit (0: all sent and applied).</source>
            <translation>发送待发送的记录，接收其他工位发来的记录后退出（0：全部已发送并已应用）。</translation>
        </message>
        <message>
            <source>Seconds between passes when idle.</source>
            <translation>空闲时两次发送之间的秒数。</translation>
        </message>
        <message>
            <source>With --once: stop retrying after S seconds (default 300).</source>
            <translation>配合 --once：S 秒后停止重试（默认 300）。</translation>
        </message>
        <message>
            <source>Records per batch (default 500).</source>
            <translation>每批记录数（默认 500）。</translation>
        </message>
        <message>
            <source>Request timeout in milliseconds.</source>
            <translation>请求超时（毫秒）。</translation>
        </message>
        <message>
            <source>First retry delay ceiling in milliseconds.</source>
            <translation>首次重试延迟上限（毫秒）。</translation>
        </message>
        <message>
            <source>Push the outbox to HQ. Runs until stopped, or with --once until nothing is left to send.</source>
            <translation>将待发送记录推送到总部。一直运行直到停止；使用 --once 时发送完即退出。</translation>
        </message>
        <message>
            <source>sync run takes no arguments</source>
            <translation>sync run 不接受参数</translation>
        </message>
        <message>
            <source>give --hq http(s)://HOST[:PORT] (or set sync.hq_url)</source>
            <translation>请提供 --hq http(s)://HOST[:PORT]（或设置 sync.hq_url）</translation>
        </message>
        <message>
            <source>gave up: %1</source>
            <translation>已放弃：%1</translation>
        </message>
        <message>
            <source>Print the sync state: pending, quarantined, last_success, last_error (JSON).</source>
            <translation>输出同步状态：pending、quarantined、last_success、last_error（JSON）。</translation>
        </message>
        <message>
            <source>sync status takes no arguments</source>
            <translation>sync status 不接受参数</translation>
        </message>
        <message>
            <source>List quarantined outbox rows with their errors (one JSON object per line).</source>
            <translation>列出已隔离的待发送记录及错误（每行一个 JSON 对象）。</translation>
        </message>
        <message>
            <source>Only this outbox row (default: all quarantined).</source>
            <translation>只处理此待发送记录（默认：全部已隔离记录）。</translation>
        </message>
        <message>
            <source>Put quarantined rows back in line for the next sync.</source>
            <translation>将已隔离记录放回队列，等待下次同步。</translation>
        </message>
        <message>
            <source>The IMEI (15 digits).</source>
            <translation>IMEI（15 位）。</translation>
        </message>
        <message>
            <source>The second IMEI of a dual-SIM phone.</source>
            <translation>双卡手机的第二个 IMEI。</translation>
        </message>
        <message>
            <source>The customer's name.</source>
            <translation>客户姓名。</translation>
        </message>
        <message>
            <source>The customer's phone.</source>
            <translation>客户电话。</translation>
        </message>
        <message>
            <source>The fault as described.</source>
            <translation>客户描述的故障。</translation>
        </message>
        <message>
            <source>The component at fault (main_unit, screen, battery, …). Default main_unit.</source>
            <translation>故障部件（main_unit、screen、battery……）。默认 main_unit。</translation>
        </message>
        <message>
            <source>performance, cosmetic, software or none_found. Default performance.</source>
            <translation>performance、cosmetic、software 或 none_found。默认 performance。</translation>
        </message>
        <message>
            <source>The sale date from the invoice (YYYY-MM-DD).</source>
            <translation>发票上的购机日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>The brand.</source>
            <translation>品牌。</translation>
        </message>
        <message>
            <source>The model.</source>
            <translation>型号。</translation>
        </message>
        <message>
            <source>Register a phone: prints the new ticket (JSON) once it is safely on disk.</source>
            <translation>受理一台手机：新维修单安全写入磁盘后输出（JSON）。</translation>
        </message>
        <message>
            <source>--%1 is required</source>
            <translation>必须提供 --%1</translation>
        </message>
        <message>
            <source>ticket create takes options only</source>
            <translation>ticket create 只接受选项</translation>
        </message>
        <message>
            <source>Print one ticket with its customer, device and timeline.</source>
            <translation>输出一张维修单及其客户、手机和处理记录。</translation>
        </message>
        <message>
            <source>ticket show takes one NUMBER</source>
            <translation>ticket show 需要一个单号</translation>
        </message>
        <message>
            <source>no ticket %1</source>
            <translation>没有维修单 %1</translation>
        </message>
        <message>
            <source>Only tickets in this status (e.g. waiting_parts).</source>
            <translation>只列出此状态的维修单（例如 waiting_parts）。</translation>
        </message>
        <message>
            <source>At most N (default 50).</source>
            <translation>最多 N 条（默认 50）。</translation>
        </message>
        <message>
            <source>List tickets, newest first, one JSON object per line.</source>
            <translation>列出维修单，最新的在前，每行一个 JSON 对象。</translation>
        </message>
        <message>
            <source>unknown status %1</source>
            <translation>未知状态 %1</translation>
        </message>
        <message>
            <source>A case (JSON), or one case per line; - or nothing reads standard input.</source>
            <translation>一个保修案例（JSON），或每行一个案例；- 或不指定则读取标准输入。</translation>
        </message>
        <message>
            <source>An extra policy folder (default: the data folder's policies/).</source>
            <translation>额外的政策文件夹（默认：数据文件夹下的 policies/）。</translation>
        </message>
        <message>
            <source>Evaluate warranty cases: one verdict (JSON) per case, in the order given.</source>
            <translation>判定保修案例：按给定顺序每个案例输出一个结论（JSON）。</translation>
        </message>
        <message>
            <source>warranty evaluate takes at most one FILE</source>
            <translation>warranty evaluate 最多接受一个 FILE</translation>
        </message>
        <message>
            <source>line %1: case: not a JSON object (%2)</source>
            <translation>第 %1 行：案例不是 JSON 对象（%2）</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>不是对象</translation>
        </message>
        <message>
            <source>no case given</source>
            <translation>未提供案例</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>The center code (2–8 capital letters or digits).</source>
            <translation>中心代码（2–8 位大写字母或数字）。</translation>
        </message>
        <message>
            <source>The center's name, printed on receipts.</source>
            <translation>中心名称，打印在单据上。</translation>
        </message>
        <message>
            <source>The center's address.</source>
            <translation>中心地址。</translation>
        </message>
        <message>
            <source>The center's phone.</source>
            <translation>中心电话。</translation>
        </message>
        <message>
            <source>This counter's station code (two digits).</source>
            <translation>本柜台的工位代码（两位数字）。</translation>
        </message>
        <message>
            <source>The statutory policy (default cn-sanbao).</source>
            <translation>法定保修政策（默认 cn-sanbao）。</translation>
        </message>
        <message>
            <source>A brand policy (default none).</source>
            <translation>品牌保修政策（默认无）。</translation>
        </message>
        <message>
            <source>The first manager's user name.</source>
            <translation>第一位店长的用户名。</translation>
        </message>
        <message>
            <source>The first manager's name.</source>
            <translation>第一位店长的姓名。</translation>
        </message>
        <message>
            <source>Set up a fresh store: the center and its first manager, whose PIN is read from standard input (one line).</source>
            <translation>设置新数据库：中心信息和第一位店长；店长的 PIN 从标准输入读取（一行）。</translation>
        </message>
        <message>
            <source>setup takes options only</source>
            <translation>setup 只接受选项</translation>
        </message>
        <message>
            <source>PIN for %1: </source>
            <translation>%1 的 PIN：</translation>
        </message>
        <message>
            <source>give the manager's PIN on standard input (one line)</source>
            <translation>请在标准输入中提供店长的 PIN（一行）</translation>
        </message>
        <message>
            <source>The new user name.</source>
            <translation>新用户名。</translation>
        </message>
        <message>
            <source>The person's name.</source>
            <translation>姓名。</translation>
        </message>
        <message>
            <source>clerk, technician or manager.</source>
            <translation>clerk（前台）、technician（维修工程师）或 manager（店长）。</translation>
        </message>
        <message>
            <source>Add a user (manager); the new PIN is read from standard input (one line).</source>
            <translation>添加用户（店长）；新 PIN 从标准输入读取（一行）。</translation>
        </message>
        <message>
            <source>user add takes one USER</source>
            <translation>user add 需要一个用户名</translation>
        </message>
        <message>
            <source>--role is clerk, technician or manager</source>
            <translation>--role 取值为 clerk、technician 或 manager</translation>
        </message>
        <message>
            <source>New PIN for %1: </source>
            <translation>%1 的新 PIN：</translation>
        </message>
        <message>
            <source>give the new user's PIN on standard input (one line)</source>
            <translation>请在标准输入中提供新用户的 PIN（一行）</translation>
        </message>
        <message>
            <source>The user name.</source>
            <translation>用户名。</translation>
        </message>
        <message>
            <source>Disable a user (manager): they can do nothing until enabled again.</source>
            <translation>停用用户（店长）：重新启用前该用户不能进行任何操作。</translation>
        </message>
        <message>
            <source>Enable a disabled user again (manager).</source>
            <translation>重新启用已停用的用户（店长）。</translation>
        </message>
        <message>
            <source>%1 takes one USER</source>
            <translation>%1 需要一个用户名</translation>
        </message>
        <message>
            <source>no user %1</source>
            <translation>没有用户 %1</translation>
        </message>
        <message>
            <source>List the users, one JSON object per line.</source>
            <translation>列出用户，每行一个 JSON 对象。</translation>
        </message>
        <message>
            <source>user list takes no arguments</source>
            <translation>user list 不接受参数</translation>
        </message>
        <message>
            <source>The setting, e.g. center.name.</source>
            <translation>设置项，例如 center.name。</translation>
        </message>
        <message>
            <source>Print one setting (its default when never set).</source>
            <translation>打印一个设置项（从未设置时为默认值）。</translation>
        </message>
        <message>
            <source>settings get takes one KEY</source>
            <translation>settings get 需要一个设置项名称</translation>
        </message>
        <message>
            <source>Its new value.</source>
            <translation>新的值。</translation>
        </message>
        <message>
            <source>Change one setting (manager; audited), checked as the Settings screen checks it.</source>
            <translation>修改一个设置项（店长；记入审计），校验规则与设置界面相同。</translation>
        </message>
        <message>
            <source>settings set takes KEY and VALUE</source>
            <translation>settings set 需要设置项名称和值</translation>
        </message>
        <message>
            <source>%1 is not a setting (known: %2)</source>
            <translation>%1 不是设置项（可用：%2）</translation>
        </message>
        <message>
            <source>a whole number from %1 to %2 is needed, not "%3"</source>
            <translation>需要 %1 到 %2 之间的整数，而不是“%3”</translation>
        </message>
        <message>
            <source>Who does it (default: $REPAIRCTL_USER). The PIN comes from $REPAIRCTL_PIN, else it is asked on the terminal.</source>
            <translation>由谁操作（默认：$REPAIRCTL_USER）。PIN 取自 $REPAIRCTL_PIN，否则在终端上询问。</translation>
        </message>
        <message>
            <source>this command changes the store: say who does it with --user NAME (or REPAIRCTL_USER)</source>
            <translation>此命令会修改数据库：请用 --user NAME（或 REPAIRCTL_USER）说明操作人</translation>
        </message>
        <message>
            <source>no PIN for %1: set REPAIRCTL_PIN, or run on a terminal to be asked</source>
            <translation>没有 %1 的 PIN：请设置 REPAIRCTL_PIN，或在终端上运行以便询问</translation>
        </message>
        <message>
            <source>no PIN for %1</source>
            <translation>没有 %1 的 PIN</translation>
        </message>
        <message>
            <source>The fault code from the 性能故障表.</source>
            <translation>性能故障表中的故障代码。</translation>
        </message>
        <message>
            <source>What proves the sale date: invoice, invoice_copy or warranty_card.</source>
            <translation>购机日期的凭证：invoice（发票）、invoice_copy（发票复印件）或 warranty_card（三包凭证）。</translation>
        </message>
        <message>
            <source>The factory date, when there is no sale date (YYYY-MM-DD).</source>
            <translation>出厂日期，无购机日期时使用（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>A condition mark (screen_cracked, liquid_marks, opened_before, …); repeat.</source>
            <translation>外观检查项（screen_cracked、liquid_marks、opened_before 等）；可重复。</translation>
        </message>
        <message>
            <source>The condition in words.</source>
            <translation>外观情况说明。</translation>
        </message>
        <message>
            <source>An accessory received (sim_tray, case, charger, …); repeat.</source>
            <translation>收到的配件（sim_tray、case、charger 等）；可重复。</translation>
        </message>
        <message>
            <source>The customer was told data may be lost and agreed (required).</source>
            <translation>已告知顾客数据可能丢失并获同意（必填）。</translation>
        </message>
        <message>
            <source>no_lock, removed_by_customer, customer_will_unlock or not_needed.</source>
            <translation>no_lock、removed_by_customer、customer_will_unlock 或 not_needed。</translation>
        </message>
        <message>
            <source>--backup-consent is required: tell the customer data may be lost and ask them to back up first</source>
            <translation>必须提供 --backup-consent：告知顾客数据可能丢失，请其先备份</translation>
        </message>
        <message>
            <source>--%1 %2 is not a date (YYYY-MM-DD)</source>
            <translation>--%1 %2 不是日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>--passcode: unknown value %1</source>
            <translation>--passcode：未知取值 %1</translation>
        </message>
        <message>
            <source>%1 takes one ticket NUMBER</source>
            <translation>%1 需要一个维修单号</translation>
        </message>
        <message>
            <source>The technician's user name.</source>
            <translation>维修工程师的用户名。</translation>
        </message>
        <message>
            <source>Take the ticket yourself (a technician).</source>
            <translation>自己接单（维修工程师）。</translation>
        </message>
        <message>
            <source>Take the ticket away from its technician.</source>
            <translation>取消该维修单的工程师指派。</translation>
        </message>
        <message>
            <source>Give a ticket to a technician (clerk, manager), or take it (technician).</source>
            <translation>把维修单派给维修工程师（前台、店长），或自己接单（维修工程师）。</translation>
        </message>
        <message>
            <source>give one of --technician USER, --take, --unassign</source>
            <translation>请给出 --technician USER、--take、--unassign 之一</translation>
        </message>
        <message>
            <source>What the tests showed (required).</source>
            <translation>检测结果（必填）。</translation>
        </message>
        <message>
            <source>The cause found.</source>
            <translation>查明的原因。</translation>
        </message>
        <message>
            <source>A fault code of the 性能故障表; repeat.</source>
            <translation>性能故障表中的故障代码；可重复。</translation>
        </message>
        <message>
            <source>Damage found (liquid, drop, crush, cracked_screen, unauthorized_repair, tampered_label, force_majeure); repeat. Without it the damage noted at intake stands.</source>
            <translation>发现的损坏（liquid、drop、crush、cracked_screen、unauthorized_repair、tampered_label、force_majeure）；可重复。不提供时沿用受理时记录的损坏。</translation>
        </message>
        <message>
            <source>No damage at all (clears what intake noted).</source>
            <translation>无任何损坏（清除受理时的记录）。</translation>
        </message>
        <message>
            <source>repair (default), no_fault or cannot_repair.</source>
            <translation>repair（默认）、no_fault 或 cannot_repair。</translation>
        </message>
        <message>
            <source>Record the diagnosis (technician); the warranty is evaluated again with what was found.</source>
            <translation>记录检测结果（维修工程师）；按检测所见重新评估保修。</translation>
        </message>
        <message>
            <source>--findings is required</source>
            <translation>必须提供 --findings</translation>
        </message>
        <message>
            <source>give --damage or --no-damage, not both</source>
            <translation>--damage 和 --no-damage 只能给出一个</translation>
        </message>
        <message>
            <source>--outcome is repair, no_fault or cannot_repair, not %1</source>
            <translation>--outcome 取值为 repair、no_fault 或 cannot_repair，而不是 %1</translation>
        </message>
        <message>
            <source>A line from the price list: CODE[:QTY[:covered|payable]]; repeat. Without covered/payable the warranty verdict decides.</source>
            <translation>价目表中的一项：CODE[:数量[:covered|payable]]；可重复。未写 covered/payable 时由保修结论决定。</translation>
        </message>
        <message>
            <source>A note for the timeline.</source>
            <translation>记入时间线的备注。</translation>
        </message>
        <message>
            <source>Issue the next quote revision (technician): the customer answers it before any repair.</source>
            <translation>出具新一版报价（维修工程师）：维修前须由顾客确认。</translation>
        </message>
        <message>
            <source>--line %1: write CODE[:QTY[:covered|payable]]</source>
            <translation>--line %1：格式为 CODE[:数量[:covered|payable]]</translation>
        </message>
        <message>
            <source>--line %1: the quantity: %2</source>
            <translation>--line %1：数量：%2</translation>
        </message>
        <message>
            <source>--line %1: the last part is covered or payable</source>
            <translation>--line %1：最后一部分应为 covered 或 payable</translation>
        </message>
        <message>
            <source>give at least one --line CODE[:QTY[:covered|payable]]</source>
            <translation>请至少给出一个 --line CODE[:数量[:covered|payable]]</translation>
        </message>
        <message>
            <source>The customer approves the current quote.</source>
            <translation>顾客同意当前报价。</translation>
        </message>
        <message>
            <source>The customer declines it.</source>
            <translation>顾客拒绝当前报价。</translation>
        </message>
        <message>
            <source>How they answered: counter, phone or message.</source>
            <translation>答复方式：counter（柜台）、phone（电话）或 message（短信/消息）。</translation>
        </message>
        <message>
            <source>A note (e.g. who called).</source>
            <translation>备注（例如谁来电）。</translation>
        </message>
        <message>
            <source>Record the customer's answer to the current quote revision (clerk).</source>
            <translation>记录顾客对当前报价版本的答复（前台）。</translation>
        </message>
        <message>
            <source>give --approve or --decline</source>
            <translation>请给出 --approve 或 --decline</translation>
        </message>
        <message>
            <source>--method is counter, phone or message</source>
            <translation>--method 取值为 counter、phone 或 message</translation>
        </message>
        <message>
            <source>The amount, e.g. 12.50.</source>
            <translation>金额，例如 12.50。</translation>
        </message>
        <message>
            <source>cash, card or mobile (also wechat, alipay, other).</source>
            <translation>cash、card 或 mobile（也可 wechat、alipay、other）。</translation>
        </message>
        <message>
            <source>A deposit (订金, credited against the bill).</source>
            <translation>订金（抵扣应付款）。</translation>
        </message>
        <message>
            <source>The terminal or transfer reference.</source>
            <translation>刷卡终端或转账流水号。</translation>
        </message>
        <message>
            <source>Take a payment or a deposit (clerk).</source>
            <translation>收款或收订金（前台）。</translation>
        </message>
        <message>
            <source>--amount needs an amount such as 12.50, not "%1"</source>
            <translation>--amount 需要金额，例如 12.50，而不是“%1”</translation>
        </message>
        <message>
            <source>--method is cash, card or mobile (or wechat, alipay, other)</source>
            <translation>--method 取值为 cash、card 或 mobile（或 wechat、alipay、other）</translation>
        </message>
        <message>
            <source>the payment was taken, but the ticket could not be read</source>
            <translation>款项已收取，但无法读取维修单</translation>
        </message>
        <message>
            <source>Start the repair.</source>
            <translation>开始维修。</translation>
        </message>
        <message>
            <source>Repaired: ready for pickup (with the checks done).</source>
            <translation>已修好：待取机（附完成的检测）。</translation>
        </message>
        <message>
            <source>Waiting for parts (--note names the part).</source>
            <translation>待料（用 --note 写明所缺配件）。</translation>
        </message>
        <message>
            <source>The parts arrived: back to repairing.</source>
            <translation>配件已到：恢复维修。</translation>
        </message>
        <message>
            <source>It cannot be fixed (--note says why).</source>
            <translation>无法修复（用 --note 写明原因）。</translation>
        </message>
        <message>
            <source>A post-repair check passed (%1); repeat.</source>
            <translation>已通过的修后检测项（%1）；可重复。</translation>
        </message>
        <message>
            <source>Every post-repair check passed.</source>
            <translation>全部修后检测项均已通过。</translation>
        </message>
        <message>
            <source>A part fitted: CODE[:QTY] from the price list; repeat.</source>
            <translation>已更换的配件：价目表中的 CODE[:数量]；可重复。</translation>
        </message>
        <message>
            <source>Repair steps (technician).</source>
            <translation>维修步骤（维修工程师）。</translation>
        </message>
        <message>
            <source>give one of --start, --finish, --wait-parts, --parts-arrived, --cannot-fix</source>
            <translation>请给出 --start、--finish、--wait-parts、--parts-arrived、--cannot-fix 之一</translation>
        </message>
        <message>
            <source>--check %1: not a post-repair check (%2)</source>
            <translation>--check %1：不是修后检测项（%2）</translation>
        </message>
        <message>
            <source>--part %1: write CODE[:QTY]</source>
            <translation>--part %1：格式为 CODE[:数量]</translation>
        </message>
        <message>
            <source>The IMEI scanned from the phone now (required).</source>
            <translation>现在从手机上扫描的 IMEI（必填）。</translation>
        </message>
        <message>
            <source>Every accessory received at intake goes back.</source>
            <translation>受理时收到的配件全部归还。</translation>
        </message>
        <message>
            <source>One accessory that goes back; repeat.</source>
            <translation>归还的一件配件；可重复。</translation>
        </message>
        <message>
            <source>Why an accessory stays with the center.</source>
            <translation>配件留在中心的原因。</translation>
        </message>
        <message>
            <source>Hand the phone back (clerk): the IMEI must match, the balance be paid, the accessories be returned.</source>
            <translation>交还手机（前台）：IMEI 必须一致，余款须付清，配件须归还。</translation>
        </message>
        <message>
            <source>--imei is required: scan the phone's IMEI (*#06#)</source>
            <translation>必须提供 --imei：请扫描手机的 IMEI（*#06#）</translation>
        </message>
        <message>
            <source>The status to move to.</source>
            <translation>目标状态。</translation>
        </message>
        <message>
            <source>Why (goes into the timeline).</source>
            <translation>原因（记入时间线）。</translation>
        </message>
        <message>
            <source>A plain status change. The moves that are steps of their own (quote, answer, repair, pickup, cancel) are refused with the command to use.</source>
            <translation>普通的状态变更。属于独立步骤的变更（报价、答复、维修、取机、取消）会被拒绝，并提示应使用的命令。</translation>
        </message>
        <message>
            <source>--to needs a status (received, diagnosing, quoted, …), not "%1"</source>
            <translation>--to 需要状态（received、diagnosing、quoted 等），而不是“%1”</translation>
        </message>
        <message>
            <source>The new verdict: yes (covered) or no.</source>
            <translation>新的结论：yes（保修）或 no（不保修）。</translation>
        </message>
        <message>
            <source>Why (required; goes into the audit trail).</source>
            <translation>原因（必填；记入审计记录）。</translation>
        </message>
        <message>
            <source>Override the warranty verdict (manager), with a reason.</source>
            <translation>改判保修结论（店长），须写明原因。</translation>
        </message>
        <message>
            <source>--covered is yes or no</source>
            <translation>--covered 取值为 yes 或 no</translation>
        </message>
        <message>
            <source>--reason is required</source>
            <translation>必须提供 --reason</translation>
        </message>
        <message>
            <source>Why (required; goes into the timeline).</source>
            <translation>原因（必填；记入时间线）。</translation>
        </message>
        <message>
            <source>The note.</source>
            <translation>备注内容。</translation>
        </message>
        <message>
            <source>Add a note to a ticket's timeline.</source>
            <translation>在维修单时间线上添加备注。</translation>
        </message>
        <message>
            <source>--text is required</source>
            <translation>必须提供 --text</translation>
        </message>
        <message>
            <source>The IMEI on the papers against the phone: match or mismatch.</source>
            <translation>凭证上的 IMEI 与手机核对结果：match（一致）或 mismatch（不符）。</translation>
        </message>
        <message>
            <source>--proof %1 is not invoice, invoice_copy or warranty_card</source>
            <translation>--proof %1 不是 invoice、invoice_copy 或 warranty_card</translation>
        </message>
        <message>
            <source>--imei-on-papers %1 is not match or mismatch</source>
            <translation>--imei-on-papers %1 不是 match 或 mismatch</translation>
        </message>
        <message>
            <source>audit chain broken in %1 at row %2 (id %3): %4</source>
            <translation>审计链在 %1 第 %2 行（id %3）断开：%4</translation>
        </message>
        <message>
            <source>Replace the store with a backup, after checking the backup. Refused while another program has the store open: close the counter first.</source>
            <translation>检查备份后用其替换数据库。另一个程序打开着数据库时会拒绝：请先关闭柜台程序。</translation>
        </message>
        <message>
            <source>%1 (command line)</source>
            <translation>%1（命令行）</translation>
        </message>
        <message>
            <source>The center's token (visible to every user of the machine: prefer --token-file or RC_HQ_TOKEN; default: the sync.token setting).</source>
            <translation>网点令牌（本机所有用户都能看到：请优先使用 --token-file 或 RC_HQ_TOKEN；默认：sync.token 设置）。</translation>
        </message>
        <message>
            <source>Read the center's token from FILE (its first line).</source>
            <translation>从 FILE 读取网点令牌（第一行）。</translation>
        </message>
        <message>
            <source>give --token or --token-file, not both</source>
            <translation>请给出 --token 或 --token-file，不要同时给出</translation>
        </message>
        <message>
            <source>cannot read the token file %1</source>
            <translation>无法读取令牌文件 %1</translation>
        </message>
        <message>
            <source>the token file %1 is empty</source>
            <translation>令牌文件 %1 为空</translation>
        </message>
        <message>
            <source>give --token-file FILE or RC_HQ_TOKEN (or set sync.token)</source>
            <translation>请给出 --token-file FILE 或 RC_HQ_TOKEN（或设置 sync.token）</translation>
        </message>
        <message>
            <source>A refund (退货, CN-04): --amount and --method.</source>
            <translation>退货（CN-04）：需 --amount 和 --method。</translation>
        </message>
        <message>
            <source>An exchange of the phone (换货): --new-imei and --check or --all-checks.</source>
            <translation>换货：需 --new-imei 以及 --check 或 --all-checks。</translation>
        </message>
        <message>
            <source>Replace the faulty accessory (CN-13).</source>
            <translation>更换有故障的附件（CN-13）。</translation>
        </message>
        <message>
            <source>The price on the invoice, e.g. 2999.00.</source>
            <translation>发票上的价格，例如 2999.00。</translation>
        </message>
        <message>
            <source>How the money goes back: cash, card or mobile.</source>
            <translation>退款方式：cash（现金）、card（刷卡）或 mobile（移动支付）。</translation>
        </message>
        <message>
            <source>The replacement phone's IMEI.</source>
            <translation>换新手机的 IMEI。</translation>
        </message>
        <message>
            <source>The replacement phone's second IMEI.</source>
            <translation>换新手机的第二个 IMEI。</translation>
        </message>
        <message>
            <source>An exchange condition confirmed (box_complete, no_wear, imei_label_intact, dates_agree, brand_N); repeat.</source>
            <translation>已确认的换货条件（box_complete、no_wear、imei_label_intact、dates_agree、brand_N）；可重复。</translation>
        </message>
        <message>
            <source>Every exchange condition confirmed.</source>
            <translation>所有换货条件均已确认。</translation>
        </message>
        <message>
            <source>What becomes of the exchanged phone: to_maker (default) or kept.</source>
            <translation>换下的旧机去向：to_maker（退回厂家，默认）或 kept（留在本店）。</translation>
        </message>
        <message>
            <source>A manager's reason for a remedy the verdict does not allow.</source>
            <translation>店长对判定不允许的处理方式所写的理由。</translation>
        </message>
        <message>
            <source>Close a ticket with the remedy its warranty verdict allows (clerk, manager).</source>
            <translation>按保修判定允许的处理方式结单（前台、店长）。</translation>
        </message>
        <message>
            <source>give one of --refund, --exchange, --replace-accessory COMPONENT</source>
            <translation>请指定 --refund、--exchange、--replace-accessory COMPONENT 之一</translation>
        </message>
        <message>
            <source>--amount needs an amount such as 2999.00, not "%1"</source>
            <translation>--amount 需要形如 2999.00 的金额，而不是“%1”</translation>
        </message>
        <message>
            <source>--method cash|card|mobile is required</source>
            <translation>必须指定 --method cash|card|mobile</translation>
        </message>
        <message>
            <source>--new-imei is required for an exchange</source>
            <translation>换货必须指定 --new-imei</translation>
        </message>
        <message>
            <source>confirm the exchange conditions: --check NAME (repeat) or --all-checks</source>
            <translation>请确认换货条件：--check NAME（可重复）或 --all-checks</translation>
        </message>
        <message>
            <source>The day (YYYY-MM-DD).</source>
            <translation>日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Print the till for one day (manager): per method (cash, card, mobile) the takings, refunds (negative), net and count.</source>
            <translation>打印某一天的收银对账（店长）：按收款方式（现金、银行卡、移动支付）列出收款、退款（负数）、净额和笔数。</translation>
        </message>
        <message>
            <source>report till takes no arguments</source>
            <translation>report till 不接受参数</translation>
        </message>
        <message>
            <source>report till needs --date YYYY-MM-DD</source>
            <translation>report till 需要 --date YYYY-MM-DD</translation>
        </message>
        <message>
            <source>intake, quote, pickup, label, exchange (the exchange certificate), refund (the refund receipt), loan (the loan agreement) or loan-return (its return slip).</source>
            <translation>intake、quote、pickup、label、exchange（换货凭证）、refund（退货退款凭证）、loan（备用机借用协议）或 loan-return（备用机归还单）。</translation>
        </message>
        <message>
            <source>Render a ticket's paper (intake receipt, quote, pickup receipt, device label, exchange certificate or refund receipt) to a PDF file.</source>
            <translation>将维修单的单据（受理单、报价单、取机单、设备标签、换货凭证或退货退款凭证）生成为 PDF 文件。</translation>
        </message>
        <message>
            <source>--kind must be intake, quote, pickup, label, exchange, refund, loan or loan-return</source>
            <translation>--kind 必须是 intake、quote、pickup、label、exchange、refund、loan 或 loan-return</translation>
        </message>
        <message>
            <source>Ticket %1 was not closed by an exchange: it has no exchange certificate.</source>
            <translation>维修单 %1 不是以换货结单的，没有换货凭证。</translation>
        </message>
        <message>
            <source>Ticket %1 was not closed by a refund: it has no refund receipt.</source>
            <translation>维修单 %1 不是以退货退款结单的，没有退款凭证。</translation>
        </message>
        <message>
            <source>Keep the customer's deposit, with a written reason (audited); by default it goes back.</source>
            <translation>扣留客户订金，须写明原因（记入审计）；默认退还订金。</translation>
        </message>
        <message>
            <source>How the deposit goes back: cash, card, wechat, alipay, mobile or other (default: as it was paid).</source>
            <translation>订金退还方式：cash、card、wechat、alipay、mobile 或 other（默认：按原付款方式）。</translation>
        </message>
        <message>
            <source>Cancel a ticket (clerk), with a reason. The customer's deposit goes back unless --keep-deposit says why not.</source>
            <translation>取消维修单（前台），须写明原因。客户订金将退还，除非用 --keep-deposit 写明扣留原因。</translation>
        </message>
        <message>
            <source>report %1 needs --from and --to as YYYY-MM-DD</source>
            <translation>report %1 需要 --from 和 --to，格式为 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Print the remedies of a date range by kind and rule ID: count and money gone back.</source>
            <translation>按种类和规则编号列出日期范围内的三包处理：笔数和退还金额。</translation>
        </message>
        <message>
            <source>Print every refund payment of a date range: date, ticket, amount, method, who and why.</source>
            <translation>列出日期范围内的每笔退款：日期、维修单、金额、方式、经办人和原因。</translation>
        </message>
        <message>
            <source>How the customer was told: phone, message or letter.</source>
            <translation>通知顾客的方式：phone（电话）、message（短信）或 letter（信函）。</translation>
        </message>
        <message>
            <source>A note on the notice (optional).</source>
            <translation>通知备注（可选）。</translation>
        </message>
        <message>
            <source>Record a notice to collect a ready phone (clerk, manager).</source>
            <translation>为已修好的手机记录取机通知（前台、店长）。</translation>
        </message>
        <message>
            <source>--how phone|message|letter is required</source>
            <translation>必须给出 --how phone|message|letter</translation>
        </message>
        <message>
            <source>Why the phone is disposed of (required; audited, in the timeline).</source>
            <translation>处置手机的原因（必填；记入审计和时间线）。</translation>
        </message>
        <message>
            <source>Close an uncollected ready ticket as disposed (manager), uncollected.days after the last notice to collect.</source>
            <translation>将逾期未取的已修好维修单关闭为“已处置”（店长），须在最后一次取机通知 uncollected.days 天之后。</translation>
        </message>
        <message>
            <source>Set a user's PIN (your own, or anyone's as a manager); the new PIN is read from standard input (one line).</source>
            <translation>设置用户的 PIN 码（自己的，或店长设置任何人的）；新 PIN 码从标准输入读取（一行）。</translation>
        </message>
        <message>
            <source>user set-pin takes one USER</source>
            <translation>user set-pin 需要一个 USER</translation>
        </message>
        <message>
            <source>give the new PIN on standard input (one line)</source>
            <translation>请在标准输入中提供新的 PIN 码（一行）</translation>
        </message>
        <message>
            <source>note: the PIN of %1 is shorter than a manager's PIN now has to be (at least %2 digits); change it with `repairctl user set-pin %1`.</source>
            <translation>提示：%1 的 PIN 码短于店长 PIN 码现在要求的长度（至少 %2 位）；请用 `repairctl user set-pin %1` 更改。</translation>
        </message>
        <message>
            <source>note: the PIN of %1 is shorter than the center now asks for (security.min_pin_length); change it with `repairctl user set-pin %1`.</source>
            <translation>提示：%1 的 PIN 码短于网点现在要求的长度（security.min_pin_length）；请用 `repairctl user set-pin %1` 更改。</translation>
        </message>
        <message>
            <source>The loaner phone's IMEI.</source>
            <translation>备用机的 IMEI。</translation>
        </message>
        <message>
            <source>Its model.</source>
            <translation>型号。</translation>
        </message>
        <message>
            <source>The deposit asked when it is lent, e.g. 200.00.</source>
            <translation>借出时收取的押金，例如 200.00。</translation>
        </message>
        <message>
            <source>Its condition: ok (default) or damaged.</source>
            <translation>状况：ok（默认）或 damaged。</translation>
        </message>
        <message>
            <source>Put a loaner phone on the list (clerk, manager).</source>
            <translation>登记一台备用机（前台、店长）。</translation>
        </message>
        <message>
            <source>%1 takes no arguments</source>
            <translation>%1 不接受参数</translation>
        </message>
        <message>
            <source>--imei and --model are required</source>
            <translation>需要 --imei 和 --model</translation>
        </message>
        <message>
            <source>--deposit is required (0 for none)</source>
            <translation>需要 --deposit（不收押金填 0）</translation>
        </message>
        <message>
            <source>--deposit needs an amount such as 200.00, not "%1"</source>
            <translation>--deposit 需要金额，例如 200.00，而不是“%1”</translation>
        </message>
        <message>
            <source>Only the loans out, with their tickets and whether they are overdue.</source>
            <translation>只列出借出中的备用机，含工单及是否逾期。</translation>
        </message>
        <message>
            <source>The loaner phones, one JSON object per line.</source>
            <translation>备用机列表，每行一个 JSON 对象。</translation>
        </message>
        <message>
            <source>How the deposit is paid: cash (default), card or mobile.</source>
            <translation>押金支付方式：cash（默认）、card 或 mobile。</translation>
        </message>
        <message>
            <source>The expected return date (default: in 14 days).</source>
            <translation>预计归还日期（默认：14 天后）。</translation>
        </message>
        <message>
            <source>Lend a loaner phone to a ticket's customer, the deposit taken (clerk, manager).</source>
            <translation>把备用机借给工单的客户并收取押金（前台、店长）。</translation>
        </message>
        <message>
            <source>--imei is required</source>
            <translation>需要 --imei</translation>
        </message>
        <message>
            <source>--until needs a date YYYY-MM-DD, not "%1"</source>
            <translation>--until 需要 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
        </message>
        <message>
            <source>Its condition as checked: ok or damaged.</source>
            <translation>检查后的状况：ok 或 damaged。</translation>
        </message>
        <message>
            <source>Keep the deposit, for this written reason.</source>
            <translation>扣留押金，并写明原因。</translation>
        </message>
        <message>
            <source>Take a loaner phone back: the condition checked, the deposit returned or kept with a reason (clerk, manager).</source>
            <translation>收回备用机：检查状况，退还押金或写明原因扣留（前台、店长）。</translation>
        </message>
        <message>
            <source>--condition ok|damaged is required</source>
            <translation>需要 --condition ok|damaged</translation>
        </message>
        <message>
            <source>Why it is written off.</source>
            <translation>报损原因。</translation>
        </message>
        <message>
            <source>Write off a loaner phone that is out, with a reason (manager).</source>
            <translation>对借出中的备用机报损并写明原因（店长）。</translation>
        </message>
        <message>
            <source>Loaner phones out and overdue (JSON): the totals, then each loan.</source>
            <translation>借出与逾期的备用机（JSON）：先合计，再逐笔列出。</translation>
        </message>
        <message>
            <source>intake, quote, pickup, label, loan or loan-return.</source>
            <translation>intake、quote、pickup、label、loan 或 loan-return。</translation>
        </message>
        <message>
            <source>--kind must be intake, quote, pickup, label, loan or loan-return</source>
            <translation>--kind 必须是 intake、quote、pickup、label、loan 或 loan-return</translation>
        </message>
        <message>
            <source>Waive the diagnosis fee the ticket owes (manager), with a written reason (audited).</source>
            <translation>免收维修单应付的检测费（店长），须写明原因（记入审计）。</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) refused by head office and set aside (repairctl sync quarantined lists them).</source>
            <translation>
                <numerusform>总部拒收了 %n 条记录，已隔离（repairctl sync quarantined 可列出）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Csv</name>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>文件不是 UTF-8 文本。</translation>
        </message>
        <message>
            <source>Line %1: a quote inside a field that does not start with one.</source>
            <translation>第 %1 行：字段中间出现引号，但字段不是以引号开头。</translation>
        </message>
        <message>
            <source>Line %1: text after the closing quote of a field.</source>
            <translation>第 %1 行：字段结束引号后还有文字。</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed.</source>
            <translation>第 %1 行：带引号的字段没有结束。</translation>
        </message>
    </context>
    <context>
        <name>CustomerRepository</name>
        <message>
            <source>The customer's name is missing.</source>
            <translation>缺少客户姓名。</translation>
        </message>
        <message>
            <source>No customer %1.</source>
            <translation>没有客户 %1。</translation>
        </message>
        <message>
            <source>The customer was changed meanwhile; reload and try again.</source>
            <translation>客户资料刚被修改，请刷新后重试。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The store %1 does not exist.</source>
            <translation>数据库 %1 不存在。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the store.</source>
            <translation>无法为数据库创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot create the store %1: %2</source>
            <translation>无法创建数据库 %1：%2</translation>
        </message>
        <message>
            <source>Cannot open the store %1: %2</source>
            <translation>无法打开数据库 %1：%2</translation>
        </message>
        <message>
            <source>There is no automatic backup in %1.</source>
            <translation>%1 中没有自动备份。</translation>
        </message>
        <message>
            <source>The latest backup is %1.</source>
            <translation>最新备份为 %1。</translation>
        </message>
        <message>
            <source>The file %1 is not a readable Repair Counter store.</source>
            <translation>文件 %1 不是可读的维修柜台数据库。</translation>
        </message>
        <message>
            <source>The store %1 has schema version %2, but this program knows only up to version %3. Use a newer Repair Counter.</source>
            <translation>数据库 %1 的结构版本为 %2，本程序最高只支持 %3。请使用更新版本的维修柜台。</translation>
        </message>
        <message>
            <source>%1 failed: the disk holding the store is full (%2). Nothing of this change was saved; what was saved before is intact. Free some disk space and try again.</source>
            <translation>%1 失败：数据库所在磁盘已满（%2）。本次修改未保存，之前保存的数据完好。请清理磁盘空间后重试。</translation>
        </message>
        <message>
            <source>%1 failed: the disk could not be written or read (%2). Nothing of this change was saved. Check the disk and free space, then try again.</source>
            <translation>%1 失败：磁盘无法读写（%2）。本次修改未保存。请检查磁盘和剩余空间后重试。</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 失败：%2</translation>
        </message>
        <message>
            <source>The file %1 is not a usable Repair Counter store (%2): %3</source>
            <translation>文件 %1 不是可用的维修柜台数据库（%2）：%3</translation>
        </message>
        <message>
            <source>Not upgrading the store: the backup before the upgrade failed. %1</source>
            <translation>未升级数据库：升级前的备份失败。%1</translation>
        </message>
        <message>
            <source>Upgrading the store to version %1 (%2) failed: %3</source>
            <translation>数据库升级到版本 %1（%2）失败：%3</translation>
        </message>
        <message>
            <source>Not upgrading the store: the HQ token could not be moved out of it. %1</source>
            <translation>未升级数据库：无法将总部令牌移出数据库。%1</translation>
        </message>
    </context>
    <context>
        <name>DemoData</name>
        <message>
            <source>The number of tickets is negative.</source>
            <translation>维修单数量不能为负。</translation>
        </message>
        <message>
            <source>The store already has tickets; demo data goes into an empty store only.</source>
            <translation>数据库已有维修单；演示数据只能导入空数据库。</translation>
        </message>
        <message>
            <source>The store lacks the triggers of its search and report tables.</source>
            <translation>数据库缺少检索表和报表的触发器。</translation>
        </message>
    </context>
    <context>
        <name>DeviceId</name>
        <message numerus="yes">
            <source>Not an IMEI, MEID or ESN: wrong length or characters (%n character(s) after removing spaces and dashes).</source>
            <translation>
                <numerusform>不是有效的 IMEI、MEID 或 ESN：长度或字符不对（去掉空格和横线后共 %n 个字符）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The check digit is wrong: the last digit should be %1. Scan again or check for a swapped digit.</source>
            <translation>校验位错误：最后一位应为 %1。请重新扫描，或检查是否有数字顺序颠倒。</translation>
        </message>
        <message>
            <source>Only 14 digits: with its check digit the IMEI is %1. Confirm against the phone.</source>
            <translation>只有 14 位：补上校验位后 IMEI 为 %1，请与手机核对。</translation>
        </message>
        <message>
            <source>An IMEI of all zeros is not a real device identifier.</source>
            <translation>全零的 IMEI 不是真实的设备识别码。</translation>
        </message>
        <message>
            <source>This is the box's product barcode (13-digit EAN), not the IMEI. Scan the barcode labelled IMEI.</source>
            <translation>这是包装盒上的商品条码（13 位 EAN），不是 IMEI。请扫描标有 IMEI 的条码。</translation>
        </message>
        <message>
            <source>The IMEI starts with 00 (test range): check it is the phone's real IMEI.</source>
            <translation>IMEI 以 00 开头（测试号段）：请确认是手机的真实 IMEI。</translation>
        </message>
        <message>
            <source>The IMEI is mostly one repeated digit: check it is not a placeholder.</source>
            <translation>IMEI 几乎全是同一个数字：请确认不是占位号码。</translation>
        </message>
        <message>
            <source>The IMEI's digits run in sequence: check it is not a placeholder.</source>
            <translation>IMEI 的数字是连续序列：请确认不是占位号码。</translation>
        </message>
        <message>
            <source>The model code (TAC) is not in the table: enter brand and model by hand.</source>
            <translation>型号码（TAC）不在表中：请手工填写品牌和型号。</translation>
        </message>
        <message>
            <source>This IMEI is already on another customer's device.</source>
            <translation>该 IMEI 已登记在另一位客户的手机上。</translation>
        </message>
        <message>
            <source>The phone's two IMEIs are the same.</source>
            <translation>手机的两个 IMEI 相同。</translation>
        </message>
        <message>
            <source>The brand from the IMEI differs from the brand entered.</source>
            <translation>按 IMEI 查到的品牌与填写的品牌不一致。</translation>
        </message>
    </context>
    <context>
        <name>DeviceRepository</name>
        <message>
            <source>The device's IMEI is missing.</source>
            <translation>缺少手机的 IMEI。</translation>
        </message>
    </context>
    <context>
        <name>DiagnosisRepository</name>
        <message>
            <source>Unknown diagnosis outcome "%1".</source>
            <translation>未知的检测结论“%1”。</translation>
        </message>
        <message>
            <source>The findings are missing.</source>
            <translation>缺少检测结果。</translation>
        </message>
        <message>
            <source>Ticket %1 is "%2": a diagnosis is recorded while it is "%3".</source>
            <translation>维修单 %1 当前为“%2”：只有在“%3”时才能记录检测。</translation>
        </message>
    </context>
    <context>
        <name>FaultCodes</name>
        <message>
            <source>A function in the manual fails</source>
            <translation>说明书所列功能失效</translation>
        </message>
        <message>
            <source>Screen blank, garbled or missing segments</source>
            <translation>屏幕无显示、花屏或缺划</translation>
        </message>
        <message>
            <source>Will not power on</source>
            <translation>不开机</translation>
        </message>
        <message>
            <source>Will not register or communicate</source>
            <translation>不能入网或无法通话</translation>
        </message>
        <message>
            <source>No ring</source>
            <translation>无振铃</translation>
        </message>
        <message>
            <source>Dialling errors</source>
            <translation>拨号错误</translation>
        </message>
        <message>
            <source>Shuts down by itself</source>
            <translation>自动关机</translation>
        </message>
        <message>
            <source>SIM card contact fault</source>
            <translation>SIM 卡接触不良</translation>
        </message>
        <message>
            <source>Keys fail</source>
            <translation>按键失灵</translation>
        </message>
        <message>
            <source>No sound, one-way audio or wrong volume</source>
            <translation>无声、单向通话或音量异常</translation>
        </message>
        <message>
            <source>Casing cracks from structure or material</source>
            <translation>因结构或材料原因外壳开裂</translation>
        </message>
        <message>
            <source>Charger does not charge</source>
            <translation>充电器不能充电</translation>
        </message>
        <message>
            <source>Battery: fails after charging or capacity below 80 %</source>
            <translation>电池：充电后仍不能使用或容量低于 80%</translation>
        </message>
        <message>
            <source>Headset: no audio</source>
            <translation>耳机：无声音</translation>
        </message>
        <message>
            <source>Card does not work</source>
            <translation>卡无法使用</translation>
        </message>
        <message>
            <source>Liquid ingress</source>
            <translation>进液</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>摔落</translation>
        </message>
        <message>
            <source>Crushed</source>
            <translation>挤压</translation>
        </message>
        <message>
            <source>Cracked screen</source>
            <translation>屏幕碎裂</translation>
        </message>
        <message>
            <source>Opened or repaired by someone not authorised</source>
            <translation>经非授权人员拆修</translation>
        </message>
        <message>
            <source>Warranty label or card altered</source>
            <translation>保修标签或凭证被涂改</translation>
        </message>
        <message>
            <source>Force majeure (fire, flood…)</source>
            <translation>不可抗力（火灾、水灾等）</translation>
        </message>
    </context>
    <context>
        <name>IntakeDesk</name>
        <message>
            <source>The IMEI is missing.</source>
            <translation>缺少 IMEI。</translation>
        </message>
        <message>
            <source>IMEI %1: %2</source>
            <translation>IMEI %1：%2</translation>
        </message>
        <message>
            <source>Second IMEI %1: %2</source>
            <translation>第二个 IMEI %1：%2</translation>
        </message>
        <message>
            <source>The customer's name is missing.</source>
            <translation>缺少客户姓名。</translation>
        </message>
        <message>
            <source>The customer's phone "%1" has too few digits.</source>
            <translation>顾客电话“%1”位数太少。</translation>
        </message>
        <message>
            <source>The fault as described is missing.</source>
            <translation>缺少客户描述的故障。</translation>
        </message>
        <message>
            <source>The customer's data-backup consent is missing: tell them data may be lost and ask them to back up first.</source>
            <translation>缺少顾客的数据备份同意：请告知顾客数据可能丢失，并请其先备份。</translation>
        </message>
        <message>
            <source>Unknown fault category "%1" (performance, cosmetic, software, none_found).</source>
            <translation>未知的故障类别“%1”（performance、cosmetic、software、none_found）。</translation>
        </message>
        <message>
            <source>Unknown component "%1" (main_unit, screen, mainboard, battery, charger, wired_headset, card, data_cable).</source>
            <translation>未知的部件“%1”（main_unit、screen、mainboard、battery、charger、wired_headset、card、data_cable）。</translation>
        </message>
        <message>
            <source>Unknown condition mark "%1" (%2).</source>
            <translation>未知的外观检查项“%1”（%2）。</translation>
        </message>
        <message>
            <source>No customer %1.</source>
            <translation>没有客户 %1。</translation>
        </message>
        <message>
            <source>Head office's answer is about another phone.</source>
            <translation>总部的应答针对的是另一部手机。</translation>
        </message>
    </context>
    <context>
        <name>IntakeDraftRepository</name>
        <message>
            <source>An intake draft belongs to a user.</source>
            <translation>受理草稿须属于某位用户。</translation>
        </message>
    </context>
    <context>
        <name>KpiReport</name>
        <message>
            <source>The report needs a start date on or before its end date.</source>
            <translation>报表的开始日期不能晚于结束日期。</translation>
        </message>
        <message>
            <source>(no technician)</source>
            <translation>（无工程师）</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Screen cracked</source>
            <translation>屏幕碎裂</translation>
        </message>
        <message>
            <source>Back cracked</source>
            <translation>后盖碎裂</translation>
        </message>
        <message>
            <source>Scratches</source>
            <translation>划痕</translation>
        </message>
        <message>
            <source>Dents (dropped)</source>
            <translation>磕碰凹痕（摔过）</translation>
        </message>
        <message>
            <source>Bent or crushed</source>
            <translation>弯曲或挤压变形</translation>
        </message>
        <message>
            <source>Liquid marks</source>
            <translation>进液痕迹</translation>
        </message>
        <message>
            <source>Opened elsewhere</source>
            <translation>曾在别处拆修</translation>
        </message>
        <message>
            <source>IMEI label damaged</source>
            <translation>IMEI 标签损坏</translation>
        </message>
        <message>
            <source>Does not power on</source>
            <translation>不开机</translation>
        </message>
        <message>
            <source>Charger</source>
            <translation>充电器</translation>
        </message>
        <message>
            <source>The phone has no screen lock</source>
            <translation>手机未设锁屏密码</translation>
        </message>
        <message>
            <source>The customer removed the lock</source>
            <translation>客户已解除锁屏密码</translation>
        </message>
        <message>
            <source>The customer will unlock it when needed</source>
            <translation>需要时由客户到场解锁</translation>
        </message>
        <message>
            <source>Not needed for this repair</source>
            <translation>本次维修无需解锁</translation>
        </message>
        <message>
            <source>Main unit</source>
            <translation>主机</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>屏幕</translation>
        </message>
        <message>
            <source>Mainboard</source>
            <translation>主板</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>电池</translation>
        </message>
        <message>
            <source>Wired headset</source>
            <translation>有线耳机</translation>
        </message>
        <message>
            <source>SIM / data card</source>
            <translation>SIM 卡/数据卡</translation>
        </message>
        <message>
            <source>Data cable</source>
            <translation>数据线</translation>
        </message>
        <message>
            <source>Performance fault (三包)</source>
            <translation>性能故障（三包）</translation>
        </message>
        <message>
            <source>Cosmetic</source>
            <translation>外观问题</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>软件问题</translation>
        </message>
        <message>
            <source>No fault found</source>
            <translation>未检出故障</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>退货</translation>
        </message>
        <message>
            <source>exchange</source>
            <translation>换货</translation>
        </message>
        <message>
            <source>free repair</source>
            <translation>免费维修</translation>
        </message>
        <message>
            <source>price reduction</source>
            <translation>减价</translation>
        </message>
        <message>
            <source>statutory warranty</source>
            <translation>三包（法定保修）</translation>
        </message>
        <message>
            <source>brand warranty</source>
            <translation>厂家保修</translation>
        </message>
        <message>
            <source>our repair warranty</source>
            <translation>本店维修保修</translation>
        </message>
    </context>
    <context>
        <name>LearnedTacRepository</name>
        <message>
            <source>A TAC is the first 8 digits of an IMEI: "%1" is not.</source>
            <translation>TAC 是 IMEI 的前 8 位数字：“%1”不是。</translation>
        </message>
        <message>
            <source>Type the brand to remember for TAC %1.</source>
            <translation>请输入要为 TAC %1 记住的品牌。</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>The outbox row's payload is not a JSON object.</source>
            <translation>待发送记录的内容不是 JSON 对象。</translation>
        </message>
    </context>
    <context>
        <name>PaymentRepository</name>
        <message>
            <source>Unknown payment kind "%1".</source>
            <translation>未知的收款类型“%1”。</translation>
        </message>
        <message>
            <source>The amount must be more than 0.</source>
            <translation>金额必须大于 0。</translation>
        </message>
        <message>
            <source>Choose how the customer pays (cash, card, WeChat, Alipay, mobile payment, other).</source>
            <translation>请选择付款方式（现金、银行卡、微信支付、支付宝、移动支付、其他）。</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>see the queue and tickets</source>
            <translation>查看排队和维修单</translation>
        </message>
        <message>
            <source>register phones</source>
            <translation>受理手机</translation>
        </message>
        <message>
            <source>assign tickets to technicians</source>
            <translation>把维修单派给维修工程师</translation>
        </message>
        <message>
            <source>take tickets</source>
            <translation>接单</translation>
        </message>
        <message>
            <source>diagnose and write quotes</source>
            <translation>检测并出具报价</translation>
        </message>
        <message>
            <source>record the customer's answer to a quote</source>
            <translation>记录顾客对报价的答复</translation>
        </message>
        <message>
            <source>take payments</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>hand phones back</source>
            <translation>交还手机</translation>
        </message>
        <message>
            <source>cancel tickets</source>
            <translation>取消维修单</translation>
        </message>
        <message>
            <source>add notes</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <source>override warranty verdicts</source>
            <translation>改判保修结论</translation>
        </message>
        <message>
            <source>manage users, prices and settings</source>
            <translation>管理用户、价目表和设置</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>前台</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修工程师</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>店长</translation>
        </message>
        <message>
            <source>carry out warranty remedies</source>
            <translation>办理三包退换</translation>
        </message>
        <message>
            <source>record notices to collect</source>
            <translation>记录取机通知</translation>
        </message>
        <message>
            <source>dispose of uncollected phones</source>
            <translation>处置逾期未取的手机</translation>
        </message>
        <message>
            <source>lend loaner phones</source>
            <translation>借出备用机</translation>
        </message>
        <message>
            <source>write off loaner phones</source>
            <translation>备用机报损</translation>
        </message>
    </context>
    <context>
        <name>PickupRepository</name>
        <message>
            <source>Ticket %1 is "%2": the phone was already handed back or the ticket is closed.</source>
            <translation>维修单 %1 当前为“%2”：手机已取走或维修单已结单。</translation>
        </message>
        <message>
            <source>Ticket %1 is "%2": the phone is not ready to be handed back.</source>
            <translation>维修单 %1 当前为“%2”：手机还不能取走。</translation>
        </message>
        <message>
            <source>No ticket %1.</source>
            <translation>没有维修单 %1。</translation>
        </message>
        <message>
            <source>Scan the phone's IMEI before handing it back.</source>
            <translation>交还手机前请扫描手机的 IMEI。</translation>
        </message>
        <message>
            <source>The scanned IMEI %1 is not the phone of ticket %2 (IMEI %3). Do not hand this phone back.</source>
            <translation>扫描的 IMEI %1 不是维修单 %2 的手机（IMEI %3）。请勿交还这台手机。</translation>
        </message>
        <message>
            <source>Not returned: %1. Return them, or write why they stay.</source>
            <translation>未归还：%1。请归还，或写明留下的原因。</translation>
        </message>
        <message>
            <source>%1 is still to pay before the phone is handed back.</source>
            <translation>取机前还需支付 %1。</translation>
        </message>
        <message>
            <source>Accessories not returned: %1 (%2)</source>
            <translation>未归还的附件：%1（%2）</translation>
        </message>
        <message>
            <source>Returned unrepaired: the customer declined the quote.</source>
            <translation>未修退回：客户拒绝报价。</translation>
        </message>
        <message>
            <source>Returned unrepaired: no fault found.</source>
            <translation>未修退回：未检测出故障。</translation>
        </message>
        <message>
            <source>Returned unrepaired: it cannot be repaired.</source>
            <translation>未修退回：无法维修。</translation>
        </message>
        <message>
            <source>Returned unrepaired: the repair did not fix it.</source>
            <translation>未修退回：维修未能修好。</translation>
        </message>
        <message>
            <source>Ticket %1: the loaner phone %2 (IMEI %3) is still out. Take it back (or have a manager write it off) before handing the phone back (CN-07).</source>
            <translation>工单 %1：备用机 %2（IMEI %3）尚未归还。请先收回备用机（或由店长报损），再交还客户的手机（CN-07）。</translation>
        </message>
    </context>
    <context>
        <name>PolicySet</name>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1：无法读取：%2</translation>
        </message>
        <message>
            <source>%1: larger than 1 MiB, not a policy</source>
            <translation>%1：大于 1 MiB，不是保修政策文件</translation>
        </message>
        <message>
            <source>%1: layer: statutory policies are built in and cannot be added or replaced from the data folder</source>
            <translation>%1：层级：法定政策为内置，不能从数据文件夹添加或替换</translation>
        </message>
    </context>
    <context>
        <name>PriceListRepository</name>
        <message>
            <source>The code is missing.</source>
            <translation>缺少编码。</translation>
        </message>
        <message>
            <source>The code is longer than 40 characters.</source>
            <translation>编码超过 40 个字符。</translation>
        </message>
        <message>
            <source>The Chinese name is missing.</source>
            <translation>缺少中文名称。</translation>
        </message>
        <message>
            <source>A price cannot be negative.</source>
            <translation>价格不能为负。</translation>
        </message>
        <message>
            <source>The currency is a three-letter code such as CNY.</source>
            <translation>币种为三个字母的代码，例如 CNY。</translation>
        </message>
        <message>
            <source>Stock on hand cannot be negative.</source>
            <translation>库存不能为负。</translation>
        </message>
        <message>
            <source>No price item %1.</source>
            <translation>没有价目项 %1。</translation>
        </message>
        <message>
            <source>%1 was changed meanwhile: reload and try again.</source>
            <translation>%1 刚被修改：请刷新后重试。</translation>
        </message>
        <message>
            <source>The code %1 is already used.</source>
            <translation>编码 %1 已被使用。</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>文件没有表头行。</translation>
        </message>
        <message>
            <source>Line %1: unknown column "%2" (known: %3).</source>
            <translation>第 %1 行：未知列“%2”（可用列：%3）。</translation>
        </message>
        <message>
            <source>Line %1: the column "%2" appears twice.</source>
            <translation>第 %1 行：列“%2”重复。</translation>
        </message>
        <message>
            <source>Line %1: the column "%2" is missing.</source>
            <translation>第 %1 行：缺少列“%2”。</translation>
        </message>
        <message>
            <source>%1 fields where the header has %2</source>
            <translation>有 %1 个字段，而表头有 %2 个</translation>
        </message>
        <message>
            <source>the kind "%1" is neither part nor labour</source>
            <translation>类型“%1”既不是配件也不是工时</translation>
        </message>
        <message>
            <source>the price "%1" is not an amount such as 12.50</source>
            <translation>价格“%1”不是金额（如 12.50）</translation>
        </message>
        <message>
            <source>the stock "%1" is not a whole number</source>
            <translation>库存“%1”不是整数</translation>
        </message>
        <message>
            <source>active "%1" is neither 1 nor 0</source>
            <translation>启用“%1”既不是 1 也不是 0</translation>
        </message>
        <message>
            <source>the code %1 is already on line %2</source>
            <translation>编码 %1 已在第 %2 行出现</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported. %n row(s) need fixing:</source>
            <translation>
                <numerusform>未导入任何数据。有 %n 行需要修改：</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported: %1 failed: %2</source>
            <translation>未导入任何数据：%1 失败：%2</translation>
        </message>
    </context>
    <context>
        <name>Promises</name>
        <message>
            <source>Over 7 days: loaner phone if covered (CN-07)</source>
            <translation>超过 7 天：如属保修应提供备用机（CN-07）</translation>
        </message>
        <message>
            <source>Over 60 days for parts: exchange if covered (CN-08)</source>
            <translation>待料超过 60 天：如属保修应予换货（CN-08）</translation>
        </message>
        <message>
            <source>Over 30 days: exchange if covered (CN-09)</source>
            <translation>超过 30 天：如属保修应予换货（CN-09）</translation>
        </message>
        <message>
            <source>Diagnose</source>
            <translation>检测</translation>
        </message>
        <message>
            <source>Customer's approval</source>
            <translation>等客户确认</translation>
        </message>
        <message>
            <source>Start repair</source>
            <translation>开始维修</translation>
        </message>
        <message>
            <source>Return to customer</source>
            <translation>退还客户</translation>
        </message>
        <message>
            <source>Finish repair</source>
            <translation>完成维修</translation>
        </message>
        <message>
            <source>Parts to arrive</source>
            <translation>等配件到货</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>取机</translation>
        </message>
        <message>
            <source>None (closed)</source>
            <translation>无（已结单）</translation>
        </message>
        <message>
            <source>Loaner phone (CN-07)</source>
            <translation>应提供备用机（CN-07）</translation>
        </message>
        <message>
            <source>Exchange (%1)</source>
            <translation>应予换货（%1）</translation>
        </message>
        <message>
            <source>Diagnose and quote</source>
            <translation>完成检测并报价</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>将到期</translation>
        </message>
        <message>
            <source>Later than the center promises: %1</source>
            <translation>已超过本中心的服务承诺：%1</translation>
        </message>
        <message>
            <source>Due now: %1</source>
            <translation>即将到期：%1</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Repair Counter</source>
            <translation>维修柜台</translation>
        </message>
    </context>
    <context>
        <name>QuoteRepository</name>
        <message>
            <source>A quote needs at least one line.</source>
            <translation>报价至少需要一项。</translation>
        </message>
        <message>
            <source>Every quote line needs a description.</source>
            <translation>每个报价项都需要说明。</translation>
        </message>
        <message>
            <source>The quantity of "%1" must be at least 1.</source>
            <translation>“%1”的数量至少为 1。</translation>
        </message>
        <message>
            <source>The price of "%1" cannot be negative.</source>
            <translation>“%1”的价格不能为负。</translation>
        </message>
        <message>
            <source>Ticket %1: %2</source>
            <translation>维修单 %1：%2</translation>
        </message>
        <message>
            <source>Say how the customer answered (at the counter, by phone or by message).</source>
            <translation>请注明客户答复方式（柜台、电话或短信）。</translation>
        </message>
        <message>
            <source>Ticket %1 has no quote to answer.</source>
            <translation>维修单 %1 没有待答复的报价。</translation>
        </message>
    </context>
    <context>
        <name>RepairRepository</name>
        <message>
            <source>Unknown repair result "%1".</source>
            <translation>未知的维修结果“%1”。</translation>
        </message>
        <message>
            <source>Only a phone that passed the repair is ready for pickup.</source>
            <translation>只有维修合格的手机才能待取机。</translation>
        </message>
        <message>
            <source>Every part used needs a description and a quantity of at least 1.</source>
            <translation>每个使用的配件都需要说明，数量至少为 1。</translation>
        </message>
        <message>
            <source>Ticket %1 is "%2": the repair is recorded while it is "%3".</source>
            <translation>维修单 %1 当前为“%2”：只有在“%3”时才能记录维修。</translation>
        </message>
        <message>
            <source>A repair record moves the ticket only to "%1" or "%2".</source>
            <translation>维修记录只能把维修单改为“%1”或“%2”。</translation>
        </message>
        <message>
            <source>Not ready for pickup: these post-repair checks are not recorded as passed: %1.</source>
            <translation>尚不能待取机：以下修后检测项未记录为通过：%1。</translation>
        </message>
    </context>
    <context>
        <name>SettingsRepository</name>
        <message>
            <source>The setting %1 should be a number but is "%2".</source>
            <translation>设置项 %1 应为数字，实际为“%2”。</translation>
        </message>
    </context>
    <context>
        <name>SettingsRules</name>
        <message>
            <source>%1 is not a setting a manager sets (known: %2).</source>
            <translation>%1 不是店长可设置的项目（可用：%2）。</translation>
        </message>
        <message>
            <source>The value of %1 is too long.</source>
            <translation>%1 的值太长。</translation>
        </message>
        <message>
            <source>%1 is a whole number from %2 to %3, not "%4".</source>
            <translation>%1 应为 %2 到 %3 之间的整数，而不是“%4”。</translation>
        </message>
        <message>
            <source>The center code is 2 to 8 capital letters or digits, such as DEMO.</source>
            <translation>网点代码为 2 到 8 位大写字母或数字，例如 DEMO。</translation>
        </message>
        <message>
            <source>The center name is missing: receipts print it.</source>
            <translation>缺少中心名称：单据上需要打印。</translation>
        </message>
        <message>
            <source>The phone number may hold digits, spaces, +, - and brackets only.</source>
            <translation>电话号码只能包含数字、空格、+、- 和括号。</translation>
        </message>
        <message>
            <source>The station code is two digits, such as 01.</source>
            <translation>工位代码为两位数字，例如 01。</translation>
        </message>
        <message>
            <source>Unknown statutory policy "%1" (known: %2).</source>
            <translation>未知的法定保修政策“%1”（可用：%2）。</translation>
        </message>
        <message>
            <source>Unknown brand policy "%1" (known: %2; empty for none).</source>
            <translation>未知的品牌保修政策“%1”（可用：%2；留空表示无）。</translation>
        </message>
        <message>
            <source>The HQ address is a web address such as https://hq.example.com.</source>
            <translation>总部地址应为网址，例如 https://hq.example.com。</translation>
        </message>
        <message>
            <source>The access token has no spaces.</source>
            <translation>访问令牌不能包含空格。</translation>
        </message>
        <message>
            <source>The backup folder is a full path, such as /srv/backups.</source>
            <translation>备份文件夹须填写完整路径，例如 /srv/backups。</translation>
        </message>
        <message>
            <source>The backup folder %1 does not exist.</source>
            <translation>备份文件夹 %1 不存在。</translation>
        </message>
        <message>
            <source>The backup folder %1 cannot be written to.</source>
            <translation>备份文件夹 %1 无法写入。</translation>
        </message>
        <message>
            <source>The diagnosis fee is an amount from 0 (no fee) to 100000.00, such as 30.00, not "%1".</source>
            <translation>检测费为 0（不收）到 100000.00 之间的金额，例如 30.00，而不是“%1”。</translation>
        </message>
        <message>
            <source>fees.waive_diagnosis_on_approval is 1 (waive the diagnosis fee when the quote is approved) or 0 (add it to the repair), not "%1".</source>
            <translation>fees.waive_diagnosis_on_approval 为 1（确认报价后免收检测费）或 0（计入维修费用），而不是“%1”。</translation>
        </message>
        <message>
            <source>sync.allow_http_lan is 1 (plain http:// to a hub at a private address of this network) or 0 (https:// only, but for this PC itself), not "%1".</source>
            <translation>sync.allow_http_lan 为 1（允许以明文 http:// 连接本网络私有地址上的集线服务器）或 0（只用 https://，本机除外），不能是“%1”。</translation>
        </message>
        <message>
            <source>The CA file is a full path, such as /etc/repair-counter/hq-ca.pem.</source>
            <translation>CA 文件须为完整路径，例如 /etc/repair-counter/hq-ca.pem。</translation>
        </message>
    </context>
    <context>
        <name>TicketDossier</name>
        <message>
            <source>No ticket %1.</source>
            <translation>没有维修单 %1。</translation>
        </message>
    </context>
    <context>
        <name>TicketLifecycle</name>
        <message>
            <source>Received</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Diagnosing</source>
            <translation>检测中</translation>
        </message>
        <message>
            <source>Quote awaiting approval</source>
            <translation>待确认报价</translation>
        </message>
        <message>
            <source>Quote approved</source>
            <translation>客户已确认</translation>
        </message>
        <message>
            <source>Quote declined</source>
            <translation>客户拒绝</translation>
        </message>
        <message>
            <source>Repairing</source>
            <translation>维修中</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>待料</translation>
        </message>
        <message>
            <source>Ready for pickup</source>
            <translation>待取机</translation>
        </message>
        <message>
            <source>Picked up</source>
            <translation>已取机</translation>
        </message>
        <message>
            <source>Returned unrepaired</source>
            <translation>未修退回</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>A ticket that is "%1" is closed; it cannot become "%2".</source>
            <translation>“%1”的维修单已结单，不能再改为“%2”。</translation>
        </message>
        <message>
            <source>A ticket that is "%1" cannot become "%2"; it can become: %3.</source>
            <translation>“%1”的维修单不能改为“%2”，只能改为：%3。</translation>
        </message>
        <message>
            <source>Exchanged</source>
            <translation>已换货</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>已退货</translation>
        </message>
        <message>
            <source>Accessory replaced</source>
            <translation>已更换附件</translation>
        </message>
        <message>
            <source>Disposed (uncollected)</source>
            <translation>已处置（逾期未取）</translation>
        </message>
    </context>
    <context>
        <name>TicketRepository</name>
        <message>
            <source>The ticket sequence returned nothing.</source>
            <translation>维修单流水号生成失败。</translation>
        </message>
        <message>
            <source>The fault as described is missing.</source>
            <translation>缺少客户描述的故障。</translation>
        </message>
        <message>
            <source>No ticket %1.</source>
            <translation>没有维修单 %1。</translation>
        </message>
        <message>
            <source>Ticket %1 was changed meanwhile (by another screen or station); reload it and try again.</source>
            <translation>维修单 %1 刚被其他界面或工位修改，请刷新后重试。</translation>
        </message>
        <message>
            <source>Ticket %1 was changed meanwhile; reload it and try again.</source>
            <translation>维修单 %1 刚被修改，请刷新后重试。</translation>
        </message>
        <message>
            <source>Ticket %1: %2</source>
            <translation>维修单 %1：%2</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>备注为空。</translation>
        </message>
        <message>
            <source>Overriding a warranty verdict needs a written reason.</source>
            <translation>改判保修结论必须写明理由。</translation>
        </message>
        <message>
            <source>Only a manager may override a warranty verdict.</source>
            <translation>只有店长可以改判保修结论。</translation>
        </message>
        <message>
            <source>Ticket %1: "%2" closes the ticket for good; write down why.</source>
            <translation>维修单 %1：“%2”将关闭此单且无法恢复，请写明原因。</translation>
        </message>
    </context>
    <context>
        <name>TicketSteps</name>
        <message>
            <source>issue a quote</source>
            <translation>出具报价</translation>
        </message>
        <message>
            <source>record the customer's answer to the quote</source>
            <translation>记录顾客对报价的答复</translation>
        </message>
        <message>
            <source>start the repair</source>
            <translation>开始维修</translation>
        </message>
        <message>
            <source>record that the parts arrived</source>
            <translation>登记配件已到</translation>
        </message>
        <message>
            <source>wait for parts, naming the part</source>
            <translation>登记待料并写明所缺配件</translation>
        </message>
        <message>
            <source>finish the repair with every post-repair check</source>
            <translation>完成维修并记录全部修后检测</translation>
        </message>
        <message>
            <source>hand the phone back (IMEI scan, balance, accessories)</source>
            <translation>交还手机（扫描 IMEI、结清余款、归还配件）</translation>
        </message>
        <message>
            <source>cancel the ticket with a reason</source>
            <translation>写明原因取消维修单</translation>
        </message>
        <message>
            <source>"%1" is not a plain status change: %2 (%3).</source>
            <translation>“%1”不是普通的状态变更：请%2（%3）。</translation>
        </message>
        <message>
            <source>record the remedy the warranty verdict allows</source>
            <translation>办理保修判定允许的退换</translation>
        </message>
        <message>
            <source>dispose of an uncollected phone (manager, after the notices)</source>
            <translation>处置逾期未取的手机（店长，须先通知）</translation>
        </message>
    </context>
    <context>
        <name>TicketWorkflow</name>
        <message>
            <source>Ticket %1 is "%2": it is closed.</source>
            <translation>维修单 %1 为“%2”：已关闭。</translation>
        </message>
        <message>
            <source>No user %1 to assign.</source>
            <translation>没有可指派的用户 %1。</translation>
        </message>
        <message>
            <source>%1 is disabled: the ticket cannot be given to them.</source>
            <translation>%1 已停用：不能把维修单派给他。</translation>
        </message>
        <message>
            <source>%1 is not a technician: only a technician (or a manager) repairs.</source>
            <translation>%1 不是维修工程师：只有维修工程师（或店长）可以维修。</translation>
        </message>
        <message>
            <source>No ticket %1.</source>
            <translation>没有维修单 %1。</translation>
        </message>
        <message>
            <source>The findings are missing.</source>
            <translation>缺少检测结果。</translation>
        </message>
        <message>
            <source>Unknown diagnosis outcome "%1" (repair, no_fault_found, cannot_repair).</source>
            <translation>未知的检测结论“%1”（repair、no_fault_found、cannot_repair）。</translation>
        </message>
        <message>
            <source>Unknown fault code "%1".</source>
            <translation>未知的故障代码“%1”。</translation>
        </message>
        <message>
            <source>Unknown damage "%1" (%2).</source>
            <translation>未知的损坏“%1”（%2）。</translation>
        </message>
        <message>
            <source>The quantity of %1 must be at least 1.</source>
            <translation>%1 的数量至少为 1。</translation>
        </message>
        <message>
            <source>No item %1 in the price list.</source>
            <translation>价目表中没有 %1。</translation>
        </message>
        <message>
            <source>%1 (%2) is no longer offered.</source>
            <translation>%1（%2）已停用。</translation>
        </message>
        <message>
            <source>Ticket %1 is "%2": this step is for a ticket that is %3.</source>
            <translation>维修单 %1 为“%2”：此步骤只适用于状态为 %3 的维修单。</translation>
        </message>
        <message>
            <source> or </source>
            <translation>或</translation>
        </message>
        <message>
            <source>Ticket %1: the customer has not approved quote revision %2.</source>
            <translation>维修单 %1：顾客尚未同意第 %2 版报价。</translation>
        </message>
        <message>
            <source>Write which part is awaited (it goes into the timeline).</source>
            <translation>请写明等待的配件（记入处理记录）。</translation>
        </message>
        <message>
            <source>Write why it cannot be fixed (the customer is told).</source>
            <translation>请写明无法修复的原因（将告知客户）。</translation>
        </message>
        <message>
            <source>Cancelling a ticket needs a reason (it goes into the timeline).</source>
            <translation>取消维修单须写明原因（记入时间线）。</translation>
        </message>
        <message>
            <source>Overriding a warranty verdict needs a written reason.</source>
            <translation>改判保修结论必须写明理由。</translation>
        </message>
        <message>
            <source>Ticket %1: %2</source>
            <translation>维修单 %1：%2</translation>
        </message>
        <message>
            <source>Box and accessories complete</source>
            <translation>包装盒及配件齐全</translation>
        </message>
        <message>
            <source>No wear or scratches on the phone</source>
            <translation>机身无磨损、无划痕</translation>
        </message>
        <message>
            <source>IMEI label intact</source>
            <translation>IMEI标签完好</translation>
        </message>
        <message>
            <source>Invoice and warranty card dates agree</source>
            <translation>发票与三包凭证日期一致</translation>
        </message>
        <message>
            <source>a refund</source>
            <translation>退货</translation>
        </message>
        <message>
            <source>an exchange of the phone</source>
            <translation>整机换货</translation>
        </message>
        <message>
            <source>an accessory replacement</source>
            <translation>附件更换</translation>
        </message>
        <message>
            <source>The replacement phone's %1 "%2" is not a valid IMEI: %3</source>
            <translation>换新手机的 %1“%2”不是有效的 IMEI：%3</translation>
        </message>
        <message>
            <source>not an IMEI (MEID/ESN)</source>
            <translation>不是 IMEI（MEID/ESN）</translation>
        </message>
        <message>
            <source>Brand: %1</source>
            <translation>品牌要求：%1</translation>
        </message>
        <message>
            <source>Unknown remedy "%1": refund, exchange or accessory.</source>
            <translation>未知的处理方式“%1”：应为 refund、exchange 或 accessory。</translation>
        </message>
        <message>
            <source>The warranty verdict of ticket %1 (%2) does not allow %3; it allows: %4. Only a manager may override it, with a written reason.</source>
            <translation>维修单 %1 的保修判定（%2）不允许%3；允许的是：%4。只有店长可以书面说明理由后改判。</translation>
        </message>
        <message>
            <source>no rule</source>
            <translation>无规则</translation>
        </message>
        <message>
            <source>no remedy</source>
            <translation>无退换</translation>
        </message>
        <message>
            <source>A refund needs the price on the invoice, more than 0.</source>
            <translation>退货需要填写发票上的价格，且大于 0。</translation>
        </message>
        <message>
            <source>Choose how the money goes back: cash, card or mobile payment.</source>
            <translation>请选择退款方式：现金、刷卡或移动支付。</translation>
        </message>
        <message>
            <source>Unknown exchange condition "%1"; the conditions are: %2.</source>
            <translation>未知的换货条件“%1”；换货条件为：%2。</translation>
        </message>
        <message>
            <source>An exchange needs every condition confirmed; not confirmed: %1.</source>
            <translation>换货须确认所有条件；未确认：%1。</translation>
        </message>
        <message>
            <source>The replacement phone's two IMEIs are the same.</source>
            <translation>换新手机的两个 IMEI 相同。</translation>
        </message>
        <message>
            <source>%1 is the IMEI of the phone being exchanged; scan the replacement phone.</source>
            <translation>%1 是被换下手机的 IMEI；请扫描换新手机。</translation>
        </message>
        <message>
            <source>The old phone goes back to the maker (to_maker) or stays here (kept).</source>
            <translation>旧机要么退回厂家（to_maker），要么留在本店（kept）。</translation>
        </message>
        <message>
            <source>"%1" is not an accessory: battery, charger, wired_headset, card or data_cable.</source>
            <translation>“%1”不是附件：应为 battery、charger、wired_headset、card 或 data_cable。</translation>
        </message>
        <message>
            <source>Ticket %1 is about the %2, not the %3.</source>
            <translation>维修单 %1 针对的是 %2，而不是 %3。</translation>
        </message>
        <message>
            <source>Remedy: %1 (%2)</source>
            <translation>处理方式：%1（%2）</translation>
        </message>
        <message>
            <source>by phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>by message</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>by letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>Ticket %1 is "%2": only a ready phone waits to be collected.</source>
            <translation>维修单 %1 的状态为“%2”：只有已修好的手机才等待取机。</translation>
        </message>
        <message>
            <source>How was the customer told to collect the phone: phone, message or letter (not "%1")?</source>
            <translation>以何种方式通知顾客取机：phone、message 或 letter（不是“%1”）？</translation>
        </message>
        <message>
            <source>Notice to collect, %1</source>
            <translation>取机通知，%1</translation>
        </message>
        <message>
            <source>Write why the phone is disposed of (e.g. what becomes of it).</source>
            <translation>请写明处置手机的原因（例如手机如何处理）。</translation>
        </message>
        <message>
            <source>Ticket %1: the customer was never told to collect the phone. Record a notice to collect first; the phone may be disposed of %2 days after the last one.</source>
            <translation>维修单 %1：从未通知顾客取机。请先记录取机通知；最后一次通知 %2 天后方可处置。</translation>
        </message>
        <message>
            <source>Ticket %1: the last notice to collect was on %2; the phone may be disposed of from %3 (%4 days after it), not before.</source>
            <translation>维修单 %1：最后一次取机通知在 %2；自 %3 起（通知后 %4 天）方可处置，之前不可。</translation>
        </message>
        <message>
            <source>Disposed (uncollected): %1</source>
            <translation>已处置（逾期未取）：%1</translation>
        </message>
    </context>
    <context>
        <name>UserRepository</name>
        <message>
            <source>The username is missing.</source>
            <translation>缺少用户名。</translation>
        </message>
        <message>
            <source>The username %1 is already taken.</source>
            <translation>用户名 %1 已被占用。</translation>
        </message>
        <message>
            <source>%1 is the last enabled manager: make someone else a manager first.</source>
            <translation>%1 是最后一位在用的店长：请先指定另一位店长。</translation>
        </message>
        <message>
            <source>No user %1.</source>
            <translation>没有用户 %1。</translation>
        </message>
        <message>
            <source>No user named %1.</source>
            <translation>没有名为 %1 的用户。</translation>
        </message>
        <message>
            <source>The user %1 is disabled.</source>
            <translation>用户 %1 已停用。</translation>
        </message>
        <message>
            <source>Too many wrong PINs: %1 is locked until %2.</source>
            <translation>PIN 码错误次数过多：%1 已锁定至 %2。</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>PIN 码错误。</translation>
        </message>
        <message>
            <source>A PIN is %1 to 12 digits (the center's setting security.min_pin_length).</source>
            <translation>PIN 码为 %1 到 12 位数字（网点设置 security.min_pin_length）。</translation>
        </message>
        <message>
            <source>No such user.</source>
            <translation>没有此用户。</translation>
        </message>
        <message>
            <source>A manager's PIN is %1 to 12 digits (at least %2, or the center's setting security.min_pin_length if higher).</source>
            <translation>店长的 PIN 码为 %1 到 12 位数字（至少 %2 位；网点设置 security.min_pin_length 更高时以其为准）。</translation>
        </message>
    </context>
    <context>
        <name>WorkflowLabels</name>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Bank card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>At the counter</source>
            <translation>柜台当面</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>By message</source>
            <translation>短信/消息</translation>
        </message>
        <message>
            <source>Mobile payment</source>
            <translation>移动支付</translation>
        </message>
    </context>
    <context>
        <name>rc::print::PaperMenu</name>
        <message>
            <source>Preview…</source>
            <translation>预览…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
    </context>
    <context>
        <name>rc::print::PrintActions</name>
        <message>
            <source>No printer is available.</source>
            <translation>没有可用的打印机。</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>打印%1</translation>
        </message>
        <message>
            <source>Preview: %1</source>
            <translation>预览：%1</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not saved.</source>
            <translation>PDF 未保存。</translation>
        </message>
        <message>
            <source>No printer is installed and no file was chosen. Use Save as PDF.</source>
            <translation>未安装打印机，也未选择文件。请用“另存为 PDF”。</translation>
        </message>
    </context>
    <context>
        <name>rc::sync::SyncEngine</name>
        <message>
            <source>HQ did not answer within %1 s.</source>
            <translation>总部在 %1 秒内没有响应。</translation>
        </message>
        <message>
            <source>Network error: %1</source>
            <translation>网络错误：%1</translation>
        </message>
        <message>
            <source>HQ answered %1: %2</source>
            <translation>总部返回 %1：%2</translation>
        </message>
        <message>
            <source>HQ answered for %1 records, %2 were sent.</source>
            <translation>总部答复了 %1 条记录，实际发送 %2 条。</translation>
        </message>
        <message>
            <source>HQ's answer does not match the batch.</source>
            <translation>总部的答复与发送批次不符。</translation>
        </message>
        <message>
            <source>Failed %1 times on its own while other records went through; last error: %2</source>
            <translation>其他记录已发送，此条单独失败 %1 次；最后错误：%2</translation>
        </message>
        <message>
            <source>This is a demo store (repairctl demo seed): it never syncs with head office.</source>
            <translation>这是演示数据库（repairctl demo seed）：不会与总部同步。</translation>
        </message>
        <message>
            <source>no content type</source>
            <translation>无内容类型</translation>
        </message>
        <message>
            <source>the answer is not head office's (a sign-in page or a wrong address?)</source>
            <translation>应答不是总部发出的（登录页面或地址有误？）</translation>
        </message>
        <message>
            <source>the batch is too large for something between this counter and head office (a proxy's body limit?)</source>
            <translation>对本柜台与总部之间的某个环节来说批次太大（代理的请求体上限？）</translation>
        </message>
        <message>
            <source>nothing at that address answers like head office (check the HQ URL)</source>
            <translation>该地址上没有像总部那样应答的服务（请检查总部地址）</translation>
        </message>
        <message>
            <source>access refused by something that is not head office (a proxy or firewall?)</source>
            <translation>访问被非总部的环节拒绝（代理或防火墙？）</translation>
        </message>
        <message>
            <source>refused by something that is not head office (a proxy?)</source>
            <translation>被非总部的环节拒绝（代理？）</translation>
        </message>
        <message>
            <source>HTTP %1 from %2: %3 [%4%5]. Nothing was set aside; retrying.</source>
            <translation>%2 返回 HTTP %1：%3 [%4%5]。没有记录被隔离；将重试。</translation>
        </message>
        <message>
            <source>HQ's certificate is not trusted (%1): set sync.ca_file to the CA of a private HQ, or check the HQ address.</source>
            <translation>总部的证书不受信任（%1）：私有总部请将 sync.ca_file 设为其 CA 文件，或检查总部地址。</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::AboutDialog</name>
        <message>
            <source>About Repair Counter</source>
            <translation>关于维修柜台</translation>
        </message>
        <message>
            <source>Repair Counter</source>
            <translation>维修柜台</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>版本 %1</translation>
        </message>
        <message>
            <source>Third-party software and data</source>
            <translation>第三方软件和数据</translation>
        </message>
        <message>
            <source>The Qt Company Ltd and other contributors. Used under the GNU Lesser General Public License version 3.</source>
            <translation>The Qt Company Ltd 及其他贡献者。依 GNU 宽通用公共许可证第 3 版使用。</translation>
        </message>
        <message>
            <source>In the public domain.</source>
            <translation>公有领域。</translation>
        </message>
        <message>
            <source>Osmocom TAC database</source>
            <translation>Osmocom TAC 数据库</translation>
        </message>
        <message>
            <source>Type allocation codes (TAC) to brand and model. © Harald Welte and contributors, licensed under Creative Commons Attribution-ShareAlike 3.0 (CC BY-SA 3.0). The data is used to pre-fill brand and model and never decides warranty eligibility.</source>
            <translation>型号核准码（TAC）与品牌、型号的对照表。© Harald Welte 及贡献者，依知识共享 署名-相同方式共享 3.0（CC BY-SA 3.0）许可。该数据只用于预填品牌和型号，从不用于判定是否保修。</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::AssignControl</name>
        <message>
            <source>Take it</source>
            <translation>接单</translation>
        </message>
        <message>
            <source>Assign this ticket to yourself</source>
            <translation>把这张工单分配给自己</translation>
        </message>
        <message>
            <source>Assign to…</source>
            <translation>分配给…</translation>
        </message>
        <message>
            <source>Nobody yet</source>
            <translation>尚未分配</translation>
        </message>
        <message>
            <source>Nobody (unassigned)</source>
            <translation>无人（取消分配）</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::AuditScreen</name>
        <message>
            <source>Audit trail</source>
            <translation>审计记录</translation>
        </message>
        <message>
            <source>Ticket number</source>
            <translation>维修单号</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>显示(&amp;S)</translation>
        </message>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>Any event</source>
            <translation>所有事件</translation>
        </message>
        <message>
            <source>The newest %1 events; narrow the filter to see older ones.</source>
            <translation>最新 %1 条事件；缩小筛选范围可查看更早的记录。</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n 条事件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rc::ui::AuditTableModel</name>
        <message>
            <source>Ticket created</source>
            <translation>创建维修单</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>状态变更</translation>
        </message>
        <message>
            <source>Ticket edited</source>
            <translation>修改维修单</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>检测</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>报价</translation>
        </message>
        <message>
            <source>Customer's answer</source>
            <translation>客户答复</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Warranty re-evaluated</source>
            <translation>重新判定保修</translation>
        </message>
        <message>
            <source>Warranty override</source>
            <translation>改判保修</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>更改角色</translation>
        </message>
        <message>
            <source>User disabled</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <source>User enabled</source>
            <translation>启用用户</translation>
        </message>
        <message>
            <source>PIN reset</source>
            <translation>重置 PIN 码</translation>
        </message>
        <message>
            <source>User unlocked</source>
            <translation>解锁用户</translation>
        </message>
        <message>
            <source>Price item added</source>
            <translation>添加价目项</translation>
        </message>
        <message>
            <source>Price changed</source>
            <translation>价格变更</translation>
        </message>
        <message>
            <source>Price item edited</source>
            <translation>修改价目项</translation>
        </message>
        <message>
            <source>Price list imported</source>
            <translation>导入价目表</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>更改设置</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>covered</source>
            <translation>在保</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>不在保</translation>
        </message>
        <message>
            <source>Verdict: %1 → %2</source>
            <translation>结论：%1 → %2</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1：%2 → %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 new, %2 changed, %3 unchanged</source>
            <translation>新增 %1，修改 %2，未变 %3</translation>
        </message>
        <message>
            <source>%1 changed (secret)</source>
            <translation>%1 已更改（保密）</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>(system)</source>
            <translation>（系统）</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>价目表</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Ticket / record</source>
            <translation>维修单/记录</translation>
        </message>
        <message>
            <source>Reason / note</source>
            <translation>原因/备注</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>已拒绝</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::CustomerPicker</name>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Mobile number, or its first or last digits</source>
            <translation>手机号码，或前几位、后四位</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>A new customer will be registered.</source>
            <translation>将登记为新客户。</translation>
        </message>
        <message>
            <source>Existing customer: %1</source>
            <translation>老客户：%1</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::DevicePanel</name>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Scan or type the IMEI (*#06#)</source>
            <translation>扫描或输入 IMEI（拨 *#06# 查看）</translation>
        </message>
        <message>
            <source>IMEI:</source>
            <translation>IMEI：</translation>
        </message>
        <message>
            <source>Dual-SIM phones only</source>
            <translation>仅双卡手机</translation>
        </message>
        <message>
            <source>IMEI 2:</source>
            <translation>IMEI 2：</translation>
        </message>
        <message>
            <source>Brand:</source>
            <translation>品牌：</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>型号：</translation>
        </message>
        <message>
            <source>IMEISV: IMEI %1</source>
            <translation>IMEISV：IMEI 为 %1</translation>
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
            <translation>IMEI 有效</translation>
        </message>
        <message>
            <source>Use %1</source>
            <translation>使用 %1</translation>
        </message>
        <message>
            <source>First time this phone is here.</source>
            <translation>这台手机首次来本店。</translation>
        </message>
        <message>
            <source>At other centers (head office):</source>
            <translation>其他网点（总部记录）：</translation>
        </message>
        <message numerus="yes">
            <source>Here %n time(s) before:</source>
            <translation>
                <numerusform>此前送修 %n 次：</numerusform>
            </translation>
        </message>
        <message>
            <source>Repeat repair: picked up on %1 (ticket %2), repair warranty until %3.</source>
            <translation>返修：%1 取机（维修单 %2），维修保修期至 %3。</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::DiagnosisScreen</name>
        <message>
            <source>What was found</source>
            <translation>检测结果</translation>
        </message>
        <message>
            <source>Tests done and what they showed</source>
            <translation>所做测试及结果</translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>检测情况：</translation>
        </message>
        <message>
            <source>e.g. display connector corroded</source>
            <translation>例如：显示屏排线接口腐蚀</translation>
        </message>
        <message>
            <source>Cause:</source>
            <translation>故障原因：</translation>
        </message>
        <message>
            <source>Fault codes (performance faults)</source>
            <translation>故障代码（性能故障）</translation>
        </message>
        <message>
            <source>Damage found</source>
            <translation>发现的损坏</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>保修</translation>
        </message>
        <message>
            <source>At intake:</source>
            <translation>受理时：</translation>
        </message>
        <message>
            <source>With what was found:</source>
            <translation>结合检测结果：</translation>
        </message>
        <message>
            <source>Parts and labour needed</source>
            <translation>所需配件和工时</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>检测结论</translation>
        </message>
        <message>
            <source>Repair (send the quote)</source>
            <translation>维修（发出报价）</translation>
        </message>
        <message>
            <source>No fault found</source>
            <translation>未检出故障</translation>
        </message>
        <message>
            <source>Cannot repair</source>
            <translation>无法维修</translation>
        </message>
        <message>
            <source>Save diagnosis</source>
            <translation>保存检测</translation>
        </message>
        <message>
            <source>A diagnosis is recorded while the ticket is "%1" or "%2"; this one is "%3".</source>
            <translation>只有维修单为“%1”或“%2”时才能记录检测；当前为“%3”。</translation>
        </message>
        <message>
            <source>No warranty case was stored at intake: nothing to evaluate again.</source>
            <translation>受理时没有保存保修信息：无法重新判定。</translation>
        </message>
        <message>
            <source>Open a ticket first.</source>
            <translation>请先打开维修单。</translation>
        </message>
        <message>
            <source>Your role may not record a diagnosis.</source>
            <translation>你的角色不能记录检测。</translation>
        </message>
        <message>
            <source>Add the parts and labour needed: they become the quote.</source>
            <translation>请添加所需配件和工时：它们将构成报价。</translation>
        </message>
        <message>
            <source>Diagnosis saved.</source>
            <translation>检测已保存。</translation>
        </message>
        <message>
            <source>Diagnosis saved; quote revision %1 waits for the customer's answer.</source>
            <translation>检测已保存；第 %1 版报价等待客户答复。</translation>
        </message>
        <message>
            <source>Diagnosis saved: the phone goes back unrepaired at pickup.</source>
            <translation>检测已保存：取机时手机将未修退回。</translation>
        </message>
        <message>
            <source>The warranty position changed: tell the customer.</source>
            <translation>保修结论有变：请告知客户。</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>检测</translation>
        </message>
        <message>
            <source>Until now:</source>
            <translation>此前：</translation>
        </message>
        <message>
            <source>Unchanged since intake.</source>
            <translation>与受理时相同。</translation>
        </message>
        <message>
            <source>The warranty position changed: NOT COVERED until now, now COVERED. Tell the customer.</source>
            <translation>保修判定已改变：此前不在保，现为在保。请告知客户。</translation>
        </message>
        <message>
            <source>The warranty position changed: COVERED until now, now NOT COVERED, the customer pays. Tell the customer before the quote.</source>
            <translation>保修判定已改变：此前在保，现为不在保，需客户付费。报价前请告知客户。</translation>
        </message>
        <message>
            <source>Technician:</source>
            <translation>维修工程师：</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::DraftKeeper</name>
        <message>
            <source>Restore it</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>放弃</translation>
        </message>
        <message>
            <source>The unsaved intake could not be kept: %1</source>
            <translation>未保存的受理内容无法保留：%1</translation>
        </message>
        <message>
            <source>An intake you did not save, from %1. Restore it?</source>
            <translation>有一份您未保存的受理（%1）。要恢复吗？</translation>
        </message>
        <message>
            <source>An intake you did not save, from %1: %2. Restore it?</source>
            <translation>有一份您未保存的受理（%1）：%2。要恢复吗？</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::IntakeScreen</name>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>Save ticket</source>
            <translation>保存维修单</translation>
        </message>
        <message>
            <source>Intake receipt…</source>
            <translation>受理单…</translation>
        </message>
        <message>
            <source>Open ticket</source>
            <translation>打开维修单</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>The fault in the customer's words</source>
            <translation>按客户原话记录故障</translation>
        </message>
        <message>
            <source>Described:</source>
            <translation>故障描述：</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>故障类别：</translation>
        </message>
        <message>
            <source>(not chosen)</source>
            <translation>（未选择）</translation>
        </message>
        <message>
            <source>Fault code:</source>
            <translation>故障代码：</translation>
        </message>
        <message>
            <source>Part:</source>
            <translation>部件：</translation>
        </message>
        <message>
            <source>Condition and accessories received</source>
            <translation>外观状况与随机附件</translation>
        </message>
        <message>
            <source>Other marks, where</source>
            <translation>其他痕迹及位置</translation>
        </message>
        <message>
            <source>Accessories received:</source>
            <translation>收到的附件：</translation>
        </message>
        <message>
            <source>Warranty evidence</source>
            <translation>保修凭据</translation>
        </message>
        <message>
            <source>Sale date:</source>
            <translation>购机日期：</translation>
        </message>
        <message>
            <source>Invoice (发票)</source>
            <translation>发票</translation>
        </message>
        <message>
            <source>Invoice copy</source>
            <translation>发票复印件</translation>
        </message>
        <message>
            <source>Warranty card (三包凭证)</source>
            <translation>三包凭证</translation>
        </message>
        <message>
            <source>Proof:</source>
            <translation>凭据：</translation>
        </message>
        <message>
            <source>Factory date:</source>
            <translation>出厂日期：</translation>
        </message>
        <message>
            <source>Data and passcode</source>
            <translation>数据与锁屏密码</translation>
        </message>
        <message>
            <source>Screen lock:</source>
            <translation>锁屏：</translation>
        </message>
        <message>
            <source>Never write the passcode down: it is not stored.</source>
            <translation>切勿记录锁屏密码：系统不保存密码。</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>保修</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>a valid IMEI</source>
            <translation>有效的 IMEI</translation>
        </message>
        <message>
            <source>a valid second IMEI (or leave it empty)</source>
            <translation>有效的第二个 IMEI（或留空）</translation>
        </message>
        <message>
            <source>the customer's phone</source>
            <translation>客户电话</translation>
        </message>
        <message>
            <source>the customer's name</source>
            <translation>客户姓名</translation>
        </message>
        <message>
            <source>the fault as described</source>
            <translation>故障描述</translation>
        </message>
        <message>
            <source>the data-backup consent</source>
            <translation>数据备份确认</translation>
        </message>
        <message>
            <source>Your role cannot register phones.</source>
            <translation>你的角色不能受理手机。</translation>
        </message>
        <message>
            <source>Still needed: %1</source>
            <translation>还需填写：%1</translation>
        </message>
        <message>
            <source>Ticket %1 saved.</source>
            <translation>维修单 %1 已保存。</translation>
        </message>
        <message>
            <source>A repair may erase the phone's data. Tell the customer, and ask them to back up first.</source>
            <translation>维修可能清除手机数据。请告知客户，并请客户先备份。</translation>
        </message>
        <message>
            <source>Customer told; backed up or accepts the risk</source>
            <translation>已告知客户，客户已备份或接受风险</translation>
        </message>
        <message>
            <source>Device label…</source>
            <translation>手机标签…</translation>
        </message>
        <message>
            <source>Save the ticket (%1)</source>
            <translation>保存维修单（%1）</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, from the invoice or card</source>
            <translation>年-月-日，按发票或三包凭证填写</translation>
        </message>
        <message>
            <source>(none shown)</source>
            <translation>（未出示）</translation>
        </message>
        <message>
            <source>(not checked)</source>
            <translation>（未核对）</translation>
        </message>
        <message>
            <source>Matches the phone</source>
            <translation>与手机一致</translation>
        </message>
        <message>
            <source>Does not match</source>
            <translation>与手机不符</translation>
        </message>
        <message>
            <source>IMEI on the papers:</source>
            <translation>凭证上的IMEI：</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, if known</source>
            <translation>年-月-日，如已知</translation>
        </message>
        <message>
            <source>"%1" is not a date such as 2026-11-20.</source>
            <translation>“%1”不是日期，请按 2026-11-20 的格式填写。</translation>
        </message>
        <message>
            <source>%1 is after today.</source>
            <translation>%1 晚于今天。</translation>
        </message>
        <message>
            <source>Sale date</source>
            <translation>购机日期</translation>
        </message>
        <message>
            <source>Factory date</source>
            <translation>出厂日期</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>a sale date such as 2026-11-20 (or leave it empty)</source>
            <translation>正确的购机日期，如 2026-11-20（或留空）</translation>
        </message>
        <message>
            <source>a factory date such as 2026-11-20 (or leave it empty)</source>
            <translation>正确的出厂日期，如 2026-11-20（或留空）</translation>
        </message>
        <message>
            <source>Restore or discard the unsaved intake first.</source>
            <translation>请先恢复或放弃未保存的受理。</translation>
        </message>
        <message>
            <source>Head office had not answered yet.</source>
            <translation>总部尚未应答。</translation>
        </message>
        <message>
            <source>History: this store — asking head office…</source>
            <translation>历史记录：本店 — 正在查询总部……</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::LoginScreen</name>
        <message>
            <source>User:</source>
            <translation>用户：</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>PIN 码：</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>%1, enter your PIN to continue, or log in as someone else.</source>
            <translation>%1，请输入 PIN 码继续，或换其他用户登录。</translation>
        </message>
        <message>
            <source>Repair Counter</source>
            <translation>维修柜台</translation>
        </message>
        <message>
            <source>Log in with your user and PIN.</source>
            <translation>请输入用户名和 PIN 码登录。</translation>
        </message>
        <message>
            <source>Enter your user and PIN.</source>
            <translation>请输入用户名和 PIN 码。</translation>
        </message>
        <message>
            <source>PIN too short</source>
            <translation>PIN 码过短</translation>
        </message>
        <message>
            <source>Your PIN is shorter than the center now asks for. It still works; please ask a manager to set a longer one (Users screen).</source>
            <translation>您的 PIN 码短于网点现在要求的长度。它仍然可用；请让店长设置一个更长的 PIN 码（用户页面）。</translation>
        </message>
        <message>
            <source>A manager's PIN now has at least %1 digits and yours is shorter. It still works; please set a longer one now (Users screen, Reset PIN).</source>
            <translation>店长的 PIN 码现在至少需要 %1 位数字，您的较短。它仍然可用；请现在设置一个更长的（用户页面，重置 PIN）。</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::MainWindow</name>
        <message>
            <source>Queue</source>
            <translation>排队</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>维修单</translation>
        </message>
        <message>
            <source>Repair Counter</source>
            <translation>维修柜台</translation>
        </message>
        <message>
            <source>Store: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>锁定</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Repair Counter</source>
            <translation>关于维修柜台(&amp;A)</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>价目表</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>审计记录</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>收银对账</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::OverrideDialog</name>
        <message>
            <source>Override the warranty verdict of %1</source>
            <translation>改判 %1 的保修结论</translation>
        </message>
        <message>
            <source>The verdict now: covered.</source>
            <translation>当前结论：在保。</translation>
        </message>
        <message>
            <source>The verdict now: not covered.</source>
            <translation>当前结论：不在保。</translation>
        </message>
        <message>
            <source>Covered: the customer pays nothing for the covered work</source>
            <translation>在保：保修范围内的维修客户无需付费</translation>
        </message>
        <message>
            <source>Not covered: the customer pays</source>
            <translation>不在保：客户付费</translation>
        </message>
        <message>
            <source>Reason (goes into the audit trail):</source>
            <translation>理由（记入审计记录）：</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>改判</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::PickupScreen</name>
        <message>
            <source>Find the ticket</source>
            <translation>查找维修单</translation>
        </message>
        <message>
            <source>The phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Scan the IMEI on the phone (*#06#)</source>
            <translation>扫描手机上的 IMEI（拨 *#06# 查看）</translation>
        </message>
        <message>
            <source>IMEI now:</source>
            <translation>现扫 IMEI：</translation>
        </message>
        <message>
            <source>Accessories received at intake</source>
            <translation>受理时收到的附件</translation>
        </message>
        <message>
            <source>If something stays with us: why</source>
            <translation>如有物品留在店内：原因</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Approved quote, customer pays:</source>
            <translation>已确认报价，客户应付：</translation>
        </message>
        <message>
            <source>Paid so far:</source>
            <translation>已付：</translation>
        </message>
        <message>
            <source>Balance due:</source>
            <translation>待付余额：</translation>
        </message>
        <message>
            <source>Paid now:</source>
            <translation>本次实收：</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>付款方式：</translation>
        </message>
        <message>
            <source>Terminal or transfer reference (optional)</source>
            <translation>终端或转账流水号（选填）</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>流水号：</translation>
        </message>
        <message>
            <source>Hand back</source>
            <translation>交还手机</translation>
        </message>
        <message>
            <source>Hand the phone back</source>
            <translation>交还手机</translation>
        </message>
        <message>
            <source>Repaired: the phone goes back to the customer.</source>
            <translation>已修好：手机交还客户。</translation>
        </message>
        <message>
            <source>Not repaired: the phone goes back as it came.</source>
            <translation>未维修：手机按原样退回。</translation>
        </message>
        <message>
            <source>Repair warranty until %1 (picked up today).</source>
            <translation>维修保修期至 %1（今日取机）。</translation>
        </message>
        <message>
            <source>Repair warranty until %1.</source>
            <translation>维修保修期至 %1。</translation>
        </message>
        <message>
            <source>Accessories received at intake: none</source>
            <translation>受理时收到的附件：无</translation>
        </message>
        <message>
            <source>Scan the phone's IMEI before it goes back.</source>
            <translation>交还前请扫描手机 IMEI。</translation>
        </message>
        <message>
            <source>✔ This is the phone of ticket %1.</source>
            <translation>✔ 这是维修单 %1 的手机。</translation>
        </message>
        <message>
            <source>✘ Not the phone of ticket %1 (IMEI %2): do not hand it back.</source>
            <translation>✘ 不是维修单 %1 的手机（IMEI %2）：请勿交还。</translation>
        </message>
        <message>
            <source>Type the amount paid, e.g. 300 or 300.00.</source>
            <translation>请输入实收金额，例如 300 或 300.00。</translation>
        </message>
        <message>
            <source>Handed back. Repair warranty until %1.</source>
            <translation>已交还。维修保修期至 %1。</translation>
        </message>
        <message>
            <source>Handed back unrepaired.</source>
            <translation>已未修退回。</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>取机</translation>
        </message>
        <message>
            <source>Pickup receipt…</source>
            <translation>取机单…</translation>
        </message>
        <message>
            <source>Scan the receipt barcode, or type the phone (or its last 4 digits), IMEI or name</source>
            <translation>扫描受理单条码，或输入手机号（或后4位）、IMEI 或姓名</translation>
        </message>
        <message>
            <source>No phone waiting for pickup found for "%1".</source>
            <translation>没有找到与“%1”对应的待取手机。</translation>
        </message>
        <message numerus="yes">
            <source>%n tickets found: pick one.</source>
            <translation>
                <numerusform>找到 %n 张维修单：请选择一张。</numerusform>
            </translation>
        </message>
        <message>
            <source>Empty: the advance payment goes back to the customer</source>
            <translation>留空：订金退还客户</translation>
        </message>
        <message>
            <source>Keep the advance payment because:</source>
            <translation>扣留订金原因：</translation>
        </message>
        <message>
            <source>Advance payment of %1 given back.</source>
            <translation>已退还订金 %1。</translation>
        </message>
        <message>
            <source>Advance payment of %1 kept.</source>
            <translation>已扣留订金 %1。</translation>
        </message>
        <message>
            <source>Manager only; empty: the fee stands</source>
            <translation>仅限店长；留空则照收检测费</translation>
        </message>
        <message>
            <source>Waive the diagnosis fee because:</source>
            <translation>免收检测费的原因：</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::PriceItemDialog</name>
        <message>
            <source>New price item</source>
            <translation>新价目项</translation>
        </message>
        <message>
            <source>Price item %1</source>
            <translation>价目项 %1</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>编码(&amp;C)：</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>工时</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <source>Name (&amp;Chinese):</source>
            <translation>中文名称(&amp;C)：</translation>
        </message>
        <message>
            <source>Name (&amp;English):</source>
            <translation>英文名称(&amp;E)：</translation>
        </message>
        <message>
            <source>Unit &amp;price (%1):</source>
            <translation>单价(&amp;P)（%1）：</translation>
        </message>
        <message>
            <source>In &amp;stock:</source>
            <translation>库存(&amp;S)：</translation>
        </message>
        <message>
            <source>Offered on quotes</source>
            <translation>可用于报价</translation>
        </message>
        <message>
            <source>&amp;Active:</source>
            <translation>启用(&amp;A)：</translation>
        </message>
        <message>
            <source>The code is missing.</source>
            <translation>缺少编码。</translation>
        </message>
        <message>
            <source>The Chinese name is missing.</source>
            <translation>缺少中文名称。</translation>
        </message>
        <message>
            <source>The price is an amount such as 12.50.</source>
            <translation>价格为金额，例如 12.50。</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::PriceTableModel</name>
        <message>
            <source>Labour</source>
            <translation>工时</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Name (Chinese)</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::PricesScreen</name>
        <message>
            <source>Price list</source>
            <translation>价目表</translation>
        </message>
        <message>
            <source>Search code or name</source>
            <translation>搜索编码或名称</translation>
        </message>
        <message>
            <source>Show inactive</source>
            <translation>显示停用项</translation>
        </message>
        <message>
            <source>&amp;New item…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>导入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>Import price list</source>
            <translation>导入价目表</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Export price list</source>
            <translation>导出价目表</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 saved.</source>
            <translation>%1 已保存。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
            <translation>已导入：新增 %1，修改 %2，未变 %3。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Price list exported to %1.</source>
            <translation>价目表已导出到 %1。</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::QueueScreen</name>
        <message>
            <source>Ticket number, IMEI, phone or name (or scan)</source>
            <translation>维修单号、IMEI、电话或姓名（可扫码）</translation>
        </message>
        <message>
            <source>Open tickets</source>
            <translation>未结维修单</translation>
        </message>
        <message>
            <source>All tickets</source>
            <translation>全部维修单</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>New intake</source>
            <translation>新受理</translation>
        </message>
        <message>
            <source>Any technician</source>
            <translation>全部工程师</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>No tickets.</source>
            <translation>没有维修单。</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>没有找到。</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) shown; scroll for more.</source>
            <translation>
                <numerusform>已显示 %n 张维修单，向下滚动查看更多。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s).</source>
            <translation>
                <numerusform>共 %n 张维修单。</numerusform>
            </translation>
        </message>
        <message>
            <source>My tickets</source>
            <translation>我的工单</translation>
        </message>
        <message>
            <source>Only the tickets assigned to you</source>
            <translation>只显示分配给您的工单</translation>
        </message>
        <message>
            <source>Loaner phones out: %1</source>
            <translation>借出的备用机：%1</translation>
        </message>
        <message>
            <source>overdue: %1</source>
            <translation>逾期：%1</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::QuoteLinesEditor</name>
        <message>
            <source>Qty:</source>
            <translation>数量：</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>删除此行</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>合计 %1</translation>
        </message>
        <message>
            <source>Covered by warranty %1</source>
            <translation>保修承担 %1</translation>
        </message>
        <message>
            <source>Customer pays %1</source>
            <translation>客户支付 %1</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::QuoteLinesModel</name>
        <message>
            <source>Labour</source>
            <translation>工时</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>在保</translation>
        </message>
        <message>
            <source>Payable</source>
            <translation>需付费</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>保修</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>小计</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::QuoteScreen</name>
        <message>
            <source>Quote</source>
            <translation>报价</translation>
        </message>
        <message>
            <source>Save as a new revision</source>
            <translation>另存为新版报价</translation>
        </message>
        <message>
            <source>A changed quote needs the customer's answer again.</source>
            <translation>报价变更后需要客户重新确认。</translation>
        </message>
        <message>
            <source>The customer's answer</source>
            <translation>客户答复</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>方式：</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>时间：</translation>
        </message>
        <message>
            <source>e.g. called back at 16:10</source>
            <translation>例如：16:10 回电确认</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Customer approves</source>
            <translation>客户同意</translation>
        </message>
        <message>
            <source>Customer declines</source>
            <translation>客户拒绝</translation>
        </message>
        <message>
            <source>Paid so far:</source>
            <translation>已付：</translation>
        </message>
        <message>
            <source>Amount, e.g. 50.00</source>
            <translation>金额，例如 50.00</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>金额：</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>付款方式：</translation>
        </message>
        <message>
            <source>No quote yet: the technician writes it at diagnosis.</source>
            <translation>尚无报价：由工程师在检测时填写。</translation>
        </message>
        <message>
            <source>Revision %1: waiting for the customer's answer.</source>
            <translation>第 %1 版：等待客户答复。</translation>
        </message>
        <message>
            <source>Revision %1: approved by the customer.</source>
            <translation>第 %1 版：客户已同意。</translation>
        </message>
        <message>
            <source>Revision %1 (%2).</source>
            <translation>第 %1 版（%2）。</translation>
        </message>
        <message>
            <source>Revision %1: %2 %3, %4 (pays %5)</source>
            <translation>第 %1 版：%2 %3，%4（付 %5）</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Quote revision %1 saved: it needs the customer's answer.</source>
            <translation>第 %1 版报价已保存：需要客户答复。</translation>
        </message>
        <message>
            <source>Approval recorded: the repair may start.</source>
            <translation>已记录客户同意：可以开始维修。</translation>
        </message>
        <message>
            <source>Refusal recorded: the phone goes back unrepaired at pickup.</source>
            <translation>已记录客户拒绝：取机时手机未修退回。</translation>
        </message>
        <message>
            <source>Quote paper…</source>
            <translation>报价单…</translation>
        </message>
        <message>
            <source>Open a ticket first.</source>
            <translation>请先打开维修单。</translation>
        </message>
        <message>
            <source>Advance payment</source>
            <translation>订金</translation>
        </message>
        <message>
            <source>Take advance payment</source>
            <translation>收取订金</translation>
        </message>
        <message>
            <source>Type the advance payment as an amount, e.g. 50 or 50.00.</source>
            <translation>请输入订金金额，例如 50 或 50.00。</translation>
        </message>
        <message>
            <source>Advance payment of %1 taken.</source>
            <translation>已收订金 %1。</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::RepairScreen</name>
        <message>
            <source>Powers on and off</source>
            <translation>开关机正常</translation>
        </message>
        <message>
            <source>Display clear, no dead pixels</source>
            <translation>显示清晰，无坏点</translation>
        </message>
        <message>
            <source>Touch responds everywhere</source>
            <translation>触摸全屏灵敏</translation>
        </message>
        <message>
            <source>Calls both ways</source>
            <translation>双向通话正常</translation>
        </message>
        <message>
            <source>Speaker and microphone</source>
            <translation>扬声器和麦克风</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>充电正常</translation>
        </message>
        <message>
            <source>SIM, mobile data and Wi-Fi</source>
            <translation>SIM 卡、移动数据和无线网络</translation>
        </message>
        <message>
            <source>Parts used</source>
            <translation>使用的配件</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Checks after the repair</source>
            <translation>修后检测</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>维修结果</translation>
        </message>
        <message>
            <source>What was done, or which part is awaited</source>
            <translation>所做维修，或等待的配件</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Start repair</source>
            <translation>开始维修</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>待料</translation>
        </message>
        <message>
            <source>Repaired: ready for pickup</source>
            <translation>已修好：待取机</translation>
        </message>
        <message>
            <source>Cannot be fixed</source>
            <translation>无法修复</translation>
        </message>
        <message>
            <source>The customer has not approved the current quote yet.</source>
            <translation>客户尚未同意当前报价。</translation>
        </message>
        <message>
            <source>Repair started.</source>
            <translation>已开始维修。</translation>
        </message>
        <message>
            <source>Write which part is awaited (it goes into the timeline).</source>
            <translation>请写明等待的配件（记入处理记录）。</translation>
        </message>
        <message>
            <source>Waiting for parts.</source>
            <translation>待料中。</translation>
        </message>
        <message>
            <source>Not checked yet: %1. Tick every check the phone passed before it goes back.</source>
            <translation>尚未检测：%1。交还前请勾选手机通过的每一项检测。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Ready for pickup: the customer can be called.</source>
            <translation>待取机：可以通知客户。</translation>
        </message>
        <message>
            <source>Write why it cannot be fixed (the customer is told).</source>
            <translation>请写明无法修复的原因（将告知客户）。</translation>
        </message>
        <message>
            <source>Recorded as not fixable: the phone goes back unrepaired at pickup.</source>
            <translation>已记录无法修复：取机时未修退回。</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Nothing to record.</source>
            <translation>没有可记录的内容。</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::ReportsScreen</name>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>显示(&amp;S)</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>维修单</translation>
        </message>
        <message>
            <source>Median (h)</source>
            <translation>中位数（小时）</translation>
        </message>
        <message>
            <source>90th pct. (h)</source>
            <translation>90 分位（小时）</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修工程师</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>保修</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>付费</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>营业额</translation>
        </message>
        <message>
            <source>Tickets per day</source>
            <translation>每日维修单</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>导出报表</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Computed in %1 ms.</source>
            <translation>计算用时 %1 毫秒。</translation>
        </message>
        <message>
            <source>Tickets received</source>
            <translation>受理维修单</translation>
        </message>
        <message>
            <source>Tickets completed (picked up)</source>
            <translation>完成维修单（已取机）</translation>
        </message>
        <message>
            <source>Returned unrepaired</source>
            <translation>未修退回</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Turnaround, median</source>
            <translation>周转时间，中位数</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <source>Turnaround, 90th percentile</source>
            <translation>周转时间，90 分位</translation>
        </message>
        <message>
            <source>Repeat repairs within %1 days</source>
            <translation>%1 天内返修</translation>
        </message>
        <message>
            <source>Warranty repairs</source>
            <translation>保修维修</translation>
        </message>
        <message>
            <source>Paid repairs</source>
            <translation>付费维修</translation>
        </message>
        <message>
            <source>Not classified (no quote, no verdict)</source>
            <translation>未分类（无报价、无保修结论）</translation>
        </message>
        <message>
            <source>Payments taken</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Refunds given</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Tickets per week</source>
            <translation>每周维修单</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>已导出到 %1。</translation>
        </message>
        <message>
            <source>Computing the report…</source>
            <translation>正在计算报表…</translation>
        </message>
        <message>
            <source>Exchanged (warranty remedy)</source>
            <translation>换货（三包）</translation>
        </message>
        <message>
            <source>Refunded (warranty remedy)</source>
            <translation>退货（三包）</translation>
        </message>
        <message>
            <source>Accessory replaced (warranty remedy)</source>
            <translation>附件更换（三包）</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Remedy</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>笔数</translation>
        </message>
        <message>
            <source>Money back</source>
            <translation>退还金额</translation>
        </message>
        <message>
            <source>Export remedies CSV…</source>
            <translation>导出三包处理 CSV…</translation>
        </message>
        <message>
            <source>Remedies by rule</source>
            <translation>按规则的三包处理</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>维修单</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Export refunds CSV…</source>
            <translation>导出退款 CSV…</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Disposed (uncollected)</source>
            <translation>已处置（逾期未取）</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退货</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>换货</translation>
        </message>
        <message>
            <source>Accessory replacement</source>
            <translation>附件更换</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Loaner out on</source>
            <translation>借出工单</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Loaner phone</source>
            <translation>备用机</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>已借出</translation>
        </message>
        <message>
            <source>Expected back</source>
            <translation>预计归还</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>押金</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Yes: the phone is ready</source>
            <translation>是：客户手机已修好</translation>
        </message>
        <message>
            <source>Yes: past the date</source>
            <translation>是：已过日期</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::Session</name>
        <message>
            <source>Clerk</source>
            <translation>前台</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修工程师</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>店长</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::SettingsScreen</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Only a manager can change the settings.</source>
            <translation>只有店长可以修改设置。</translation>
        </message>
        <message>
            <source>Center (printed on receipts)</source>
            <translation>维修中心（打印在单据上）</translation>
        </message>
        <message>
            <source>2 to 8 capital letters or digits; starts every ticket number.</source>
            <translation>2 到 8 位大写字母或数字；作为每张维修单号的开头。</translation>
        </message>
        <message>
            <source>Two digits, different for every counter of the center.</source>
            <translation>两位数字，中心内每个柜台各不相同。</translation>
        </message>
        <message>
            <source>Center &amp;code:</source>
            <translation>网点代码(&amp;C)：</translation>
        </message>
        <message>
            <source>Center &amp;name:</source>
            <translation>中心名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Station code:</source>
            <translation>工位代码(&amp;S)：</translation>
        </message>
        <message>
            <source>Warranty and periods</source>
            <translation>保修与期限</translation>
        </message>
        <message>
            <source>China 三包 (cn-sanbao)</source>
            <translation>中国三包（cn-sanbao）</translation>
        </message>
        <message>
            <source>EU legal guarantee (eu-2019-771)</source>
            <translation>欧盟法定保修（eu-2019-771）</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Brand example (cn-brand-example)</source>
            <translation>厂家政策示例（cn-brand-example）</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>China requires at least 30 days.</source>
            <translation>中国规定至少 30 天。</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>Statutory &amp;policy:</source>
            <translation>法定政策(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Brand policy:</source>
            <translation>厂家政策(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Repair warranty:</source>
            <translation>维修保修期(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Uncollected phones after:</source>
            <translation>逾期未取机期限(&amp;U)：</translation>
        </message>
        <message>
            <source>Lock the screen after:</source>
            <translation>空闲锁屏时间：</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>&amp;Interface:</source>
            <translation>界面(&amp;I)：</translation>
        </message>
        <message>
            <source>Printers and formats (this workstation)</source>
            <translation>打印机与纸张格式（本机）</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>单据</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Intake receipt</source>
            <translation>受理单</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>报价</translation>
        </message>
        <message>
            <source>Pickup record</source>
            <translation>取机单</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>System default printer</source>
            <translation>系统默认打印机</translation>
        </message>
        <message>
            <source>Label 50 × 30 mm</source>
            <translation>标签 50 × 30 毫米</translation>
        </message>
        <message>
            <source>80 mm roll</source>
            <translation>80 毫米热敏纸</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>与界面相同</translation>
        </message>
        <message>
            <source>Paper language</source>
            <translation>单据语言</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>文件夹：</translation>
        </message>
        <message>
            <source>&amp;Keep backups for:</source>
            <translation>备份保留(&amp;K)：</translation>
        </message>
        <message>
            <source>Head office connection</source>
            <translation>总部连接</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>HQ &amp;address:</source>
            <translation>总部地址(&amp;A)：</translation>
        </message>
        <message>
            <source>Access &amp;token:</source>
            <translation>访问令牌(&amp;T)：</translation>
        </message>
        <message>
            <source>Send &amp;every:</source>
            <translation>发送间隔(&amp;E)：</translation>
        </message>
        <message>
            <source>The system's trusted authorities</source>
            <translation>系统信任的证书机构</translation>
        </message>
        <message>
            <source>The certificate authority (PEM) of a head office or hub with its own certificates.</source>
            <translation>总部或集线站使用自有证书时，其证书机构（PEM）文件。</translation>
        </message>
        <message>
            <source>Choose the CA file</source>
            <translation>选择根证书文件</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation>根证书文件</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Plain http:// to a hub on this network</source>
            <translation>允许以 http:// 明文连接本网络中的集线站</translation>
        </message>
        <message>
            <source>Only to a private address of this network (10.x, 172.16-31.x, 192.168.x); anything else needs https://.</source>
            <translation>仅限本网络的私有地址（10.x、172.16-31.x、192.168.x）；其他地址须使用 https://。</translation>
        </message>
        <message>
            <source>CA fi&amp;le:</source>
            <translation>根证书文件(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>还原(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>设置已保存。</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>选择备份文件夹</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>%1 (not installed)</source>
            <translation>%1（未安装）</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>0 for no fee. A repair the warranty covers never pays it; the intake receipt states it.</source>
            <translation>0 表示不收。保修范围内的维修不收取；受理单上会注明。</translation>
        </message>
        <message>
            <source>Waive it when the customer approves the quote</source>
            <translation>客户确认报价后免收</translation>
        </message>
        <message>
            <source>&amp;Diagnosis fee:</source>
            <translation>检测费(&amp;D)：</translation>
        </message>
        <message>
            <source>this station</source>
            <translation>本工作站</translation>
        </message>
        <message>
            <source>whole center</source>
            <translation>全中心</translation>
        </message>
        <message>
            <source>%1 (%2):</source>
            <translation>%1（%2）：</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::SetupWizard</name>
        <message>
            <source>Set up this counter</source>
            <translation>设置本柜台</translation>
        </message>
        <message>
            <source>Enter the center's name.</source>
            <translation>请填写维修中心名称。</translation>
        </message>
        <message>
            <source>The center code is 2 to 8 capital letters or digits, as head office assigned it.</source>
            <translation>网点代码为总部分配的 2 到 8 位大写字母或数字。</translation>
        </message>
        <message>
            <source>Enter the address: it is printed on every receipt.</source>
            <translation>请填写地址：每张单据都会打印。</translation>
        </message>
        <message>
            <source>Enter the phone number customers call: it is printed on every receipt.</source>
            <translation>请填写客户联系电话：每张单据都会打印。</translation>
        </message>
        <message>
            <source>The station code is two digits, e.g. 01.</source>
            <translation>工位代码为两位数字，例如 01。</translation>
        </message>
        <message>
            <source>The service center</source>
            <translation>维修中心</translation>
        </message>
        <message>
            <source>Name, address and phone are printed on every receipt.</source>
            <translation>名称、地址和电话会打印在每张单据上。</translation>
        </message>
        <message>
            <source>Center name:</source>
            <translation>中心名称：</translation>
        </message>
        <message>
            <source>Center code:</source>
            <translation>网点代码：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>Station code:</source>
            <translation>工位代码：</translation>
        </message>
        <message>
            <source>Enter a user name for the manager.</source>
            <translation>请为店长填写用户名。</translation>
        </message>
        <message>
            <source>Enter the manager's name as receipts and the timeline show it.</source>
            <translation>请填写店长姓名，单据和记录中会显示。</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>两次输入的 PIN 码不一致。</translation>
        </message>
        <message>
            <source>The first manager</source>
            <translation>首位店长</translation>
        </message>
        <message>
            <source>The manager adds the other users, sets prices and may override a warranty verdict.</source>
            <translation>店长负责添加其他用户、设定价格，并可改判保修结论。</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>PIN again:</source>
            <translation>再次输入 PIN 码：</translation>
        </message>
        <message>
            <source>Warranty policies</source>
            <translation>保修政策</translation>
        </message>
        <message>
            <source>The statutory policy decides the customer's rights; a brand policy may add to them, never take away.</source>
            <translation>法定政策决定客户的基本权利；厂家政策只能在此之上增加，不能减少。</translation>
        </message>
        <message>
            <source>China 三包 (cn-sanbao)</source>
            <translation>中国三包（cn-sanbao）</translation>
        </message>
        <message>
            <source>EU legal guarantee (eu-2019-771)</source>
            <translation>欧盟法定保修（eu-2019-771）</translation>
        </message>
        <message>
            <source>Statutory policy:</source>
            <translation>法定政策：</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Example brand policy (cn-brand-example)</source>
            <translation>厂家政策示例（cn-brand-example）</translation>
        </message>
        <message>
            <source>Brand policy:</source>
            <translation>厂家政策：</translation>
        </message>
        <message>
            <source>A manager's PIN is %1 to 12 digits.</source>
            <translation>店长的 PIN 码为 %1 到 12 位数字。</translation>
        </message>
        <message>
            <source>PIN (%1–12 digits):</source>
            <translation>PIN 码（%1–12 位数字）：</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::SyncPage</name>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>待发送</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>已隔离</translation>
        </message>
        <message>
            <source>Last success</source>
            <translation>上次成功</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>上次错误</translation>
        </message>
        <message>
            <source>HQ URL</source>
            <translation>总部地址</translation>
        </message>
        <message>
            <source>Center token</source>
            <translation>网点令牌</translation>
        </message>
        <message>
            <source>Interval (seconds)</source>
            <translation>间隔（秒）</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>尝试次数</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <source>Retry quarantined</source>
            <translation>重试已隔离记录</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>总部</translation>
        </message>
        <message>
            <source>Not running (set the HQ URL and token)</source>
            <translation>未运行（请设置总部地址和令牌）</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>已是最新</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>发送中</translation>
        </message>
        <message numerus="yes">
            <source>Retrying in %n s</source>
            <translation>
                <numerusform>%n 秒后重试</numerusform>
            </translation>
        </message>
        <message>
            <source>HQ refused the token: nothing is sent until the settings change</source>
            <translation>总部拒绝了令牌：修改设置前不会发送任何数据</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>The HQ URL must start with https:// or http://</source>
            <translation>总部地址必须以 https:// 或 http:// 开头</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>Connection refused as unsafe (see the last error): nothing is sent until the settings change</source>
            <translation>连接不安全，已拒绝（见最近错误）：修改设置前不会发送任何数据</translation>
        </message>
        <message>
            <source>Not sending: %1</source>
            <translation>未发送：%1</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::SyncStatusWidget</name>
        <message>
            <source>Sync off</source>
            <translation>同步关闭</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>已同步</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>同步中</translation>
        </message>
        <message>
            <source>Sync retrying</source>
            <translation>同步重试中</translation>
        </message>
        <message>
            <source>Sync refused: check the token</source>
            <translation>同步被拒：请检查令牌</translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>%n 条待发送</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quarantined</source>
            <translation>
                <numerusform>%n 条已隔离</numerusform>
            </translation>
        </message>
        <message>
            <source>last %1</source>
            <translation>上次 %1</translation>
        </message>
        <message>
            <source>No sync error</source>
            <translation>无同步错误</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>上次错误：%1</translation>
        </message>
        <message>
            <source>Sync refused: check the HQ address</source>
            <translation>同步被拒：请检查总部地址</translation>
        </message>
        <message>
            <source>Sync refused: no center code</source>
            <translation>同步已拒绝：没有中心代码</translation>
        </message>
        <message>
            <source>Sync refused: see the Sync page</source>
            <translation>同步被拒：请查看同步页面</translation>
        </message>
        <message>
            <source>pulled %1</source>
            <translation>接收于 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n behind</source>
            <translation>
                <numerusform>落后 %n 条</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rc::ui::TicketQueueModel</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>维修单</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修工程师</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>服务承诺</translation>
        </message>
        <message>
            <source>Ready since %1; record each notice to collect on the ticket</source>
            <translation>自 %1 起已修好；每次取机通知请记在维修单上</translation>
        </message>
        <message>
            <source>Ready for</source>
            <translation>待取天数</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::TicketScreen</name>
        <message>
            <source>Ticket:</source>
            <translation>维修单：</translation>
        </message>
        <message>
            <source>Scan the ticket barcode or type its number</source>
            <translation>扫描维修单条码或输入单号</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>No such ticket.</source>
            <translation>没有这张维修单。</translation>
        </message>
        <message>
            <source>No ticket with the number %1.</source>
            <translation>没有单号为 %1 的维修单。</translation>
        </message>
        <message>
            <source>No ticket open: scan or type a ticket number, or open one from the queue.</source>
            <translation>未打开维修单：请扫描或输入单号，或从排队列表中打开。</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::TicketView</name>
        <message>
            <source>Registered</source>
            <translation>受理登记</translation>
        </message>
        <message>
            <source>Status: %1 → %2</source>
            <translation>状态：%1 → %2</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>检测</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>报价</translation>
        </message>
        <message>
            <source>Customer's answer</source>
            <translation>客户答复</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Warranty re-evaluated</source>
            <translation>重新判定保修</translation>
        </message>
        <message>
            <source>Warranty verdict overridden</source>
            <translation>保修结论已改判</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>已修改</translation>
        </message>
        <message>
            <source>Not evaluated</source>
            <translation>未判定</translation>
        </message>
        <message>
            <source>Covered: %1</source>
            <translation>在保：%1</translation>
        </message>
        <message>
            <source>Not covered: the repair is paid</source>
            <translation>不在保：需付费维修</translation>
        </message>
        <message>
            <source>The customer may choose: %1</source>
            <translation>客户可选择：%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Warranty until %1</source>
            <translation>保修期至 %1</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>维修单</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>客户：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>手机：</translation>
        </message>
        <message>
            <source>Fault:</source>
            <translation>故障：</translation>
        </message>
        <message>
            <source>Received:</source>
            <translation>受理：</translation>
        </message>
        <message>
            <source>Data:</source>
            <translation>数据：</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Change status to:</source>
            <translation>状态改为：</translation>
        </message>
        <message>
            <source>Why (goes into the timeline)</source>
            <translation>原因（记入处理记录）</translation>
        </message>
        <message>
            <source>Change status</source>
            <translation>更改状态</translation>
        </message>
        <message>
            <source>No ticket open</source>
            <translation>未打开维修单</translation>
        </message>
        <message>
            <source>No such ticket.</source>
            <translation>没有这张维修单。</translation>
        </message>
        <message>
            <source>Condition: %1</source>
            <translation>外观：%1</translation>
        </message>
        <message>
            <source>no marks noted</source>
            <translation>无明显痕迹</translation>
        </message>
        <message>
            <source>Accessories: %1</source>
            <translation>附件：%1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Backup consent given</source>
            <translation>客户已确认数据备份</translation>
        </message>
        <message>
            <source>No backup consent recorded</source>
            <translation>未记录数据备份确认</translation>
        </message>
        <message>
            <source>Your role cannot do that.</source>
            <translation>你的角色无权进行此操作。</translation>
        </message>
        <message>
            <source>Diagnose</source>
            <translation>检测</translation>
        </message>
        <message>
            <source>Record the customer's answer</source>
            <translation>记录客户答复</translation>
        </message>
        <message>
            <source>Change the quote</source>
            <translation>修改报价</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Hand back</source>
            <translation>交还手机</translation>
        </message>
        <message>
            <source>Override warranty…</source>
            <translation>改判保修…</translation>
        </message>
        <message>
            <source>Papers…</source>
            <translation>单据…</translation>
        </message>
        <message>
            <source>Intake receipt</source>
            <translation>受理单</translation>
        </message>
        <message>
            <source>Device label</source>
            <translation>手机标签</translation>
        </message>
        <message>
            <source>Pickup receipt</source>
            <translation>取机单</translation>
        </message>
        <message>
            <source>Overridden by %1: %2</source>
            <translation>%1 已改判：%2</translation>
        </message>
        <message>
            <source>Warranty at intake:</source>
            <translation>受理时保修：</translation>
        </message>
        <message>
            <source>Warranty now:</source>
            <translation>当前保修：</translation>
        </message>
        <message>
            <source>Unchanged since intake.</source>
            <translation>与受理时相同。</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <source>%1 (closes the ticket)</source>
            <translation>%1（关闭此单）</translation>
        </message>
        <message>
            <source>Why it is closed (required)</source>
            <translation>关闭原因（必填）</translation>
        </message>
        <message>
            <source>"%1" closes the ticket for good: write down why first.</source>
            <translation>“%1”将关闭此单且无法恢复：请先写明原因。</translation>
        </message>
        <message>
            <source>Close the ticket?</source>
            <translation>关闭此维修单？</translation>
        </message>
        <message>
            <source>Close the ticket</source>
            <translation>关闭此单</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>保留此单</translation>
        </message>
        <message>
            <source>The ticket changed meanwhile; nothing was closed.</source>
            <translation>此单已被他人更改，未作关闭。</translation>
        </message>
        <message>
            <source>Technician:</source>
            <translation>维修工程师：</translation>
        </message>
        <message>
            <source>Technician unassigned</source>
            <translation>已取消分配维修工程师</translation>
        </message>
        <message>
            <source>Technician assigned</source>
            <translation>已分配维修工程师</translation>
        </message>
        <message>
            <source>Remedy…</source>
            <translation>退换…</translation>
        </message>
        <message>
            <source>Refund, exchange or accessory replacement, as the warranty verdict allows</source>
            <translation>按保修判定办理退货、换货或附件更换</translation>
        </message>
        <message>
            <source>Exchange certificate</source>
            <translation>换货凭证</translation>
        </message>
        <message>
            <source>Refund receipt</source>
            <translation>退货退款凭证</translation>
        </message>
        <message>
            <source>Notice to collect</source>
            <translation>取机通知</translation>
        </message>
        <message>
            <source>Notice to collect…</source>
            <translation>取机通知…</translation>
        </message>
        <message>
            <source>Record that the customer was told to collect the phone</source>
            <translation>记录已通知顾客取机</translation>
        </message>
        <message>
            <source>Dispose…</source>
            <translation>处置…</translation>
        </message>
        <message>
            <source>Close an uncollected ticket as disposed (manager), after the notices</source>
            <translation>通知后将逾期未取的维修单关闭为已处置（店长）</translation>
        </message>
        <message>
            <source>Ticket %1 becomes "%2". This closes it for good; it cannot be reopened.

Reason: %3</source>
            <translation>维修单 %1 将变为“%2”。此单将被关闭，无法重新打开。

原因：%3</translation>
        </message>
        <message>
            <source>%1, IMEI %2 — deposit %3, expected back %4</source>
            <translation>%1，IMEI %2 — 押金 %3，预计 %4 归还</translation>
        </message>
        <message>
            <source>Overdue: bring it back before the phone is handed back.</source>
            <translation>逾期：交还手机前须先收回备用机。</translation>
        </message>
        <message>
            <source>Offer a loaner phone (%1): in the shop %2 days, more than %3.</source>
            <translation>应提供备用机（%1）：已在店 %2 天，超过 %3 天。</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Loaner phone:</source>
            <translation>备用机：</translation>
        </message>
        <message>
            <source>Lend a loaner…</source>
            <translation>借出备用机…</translation>
        </message>
        <message>
            <source>Loaner phone (CN-07)</source>
            <translation>备用机（CN-07）</translation>
        </message>
        <message>
            <source>Keep the advance payment because… (leave empty to give it back)</source>
            <translation>扣留订金的原因……（留空则退还订金）</translation>
        </message>
        <message>
            <source>Any advance payment goes back to the customer.</source>
            <translation>客户已付订金将全部退还。</translation>
        </message>
        <message>
            <source>The advance payment is kept: %1</source>
            <translation>扣留订金：%1</translation>
        </message>
        <message>
            <source>%1 (conflict: another station's move counts)</source>
            <translation>%1（冲突：以另一工位的操作为准）</translation>
        </message>
        <message>
            <source>Conflict: not taken</source>
            <translation>冲突：未采用</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::UserDialog</name>
        <message>
            <source>New user</source>
            <translation>新用户</translation>
        </message>
        <message>
            <source>New PIN for %1</source>
            <translation>为 %1 设置新 PIN 码</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Name shown:</source>
            <translation>显示姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>再次输入 PIN 码(&amp;A)：</translation>
        </message>
        <message>
            <source>The username is missing.</source>
            <translation>缺少用户名。</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>两次输入的 PIN 码不一致。</translation>
        </message>
        <message>
            <source>&amp;PIN (%1–12 digits):</source>
            <translation>PIN 码(&amp;P)（%1–12 位数字）：</translation>
        </message>
        <message>
            <source>A manager's PIN is %1 to 12 digits.</source>
            <translation>店长的 PIN 码为 %1 到 12 位数字。</translation>
        </message>
        <message>
            <source>A PIN is %1 to 12 digits.</source>
            <translation>PIN 码为 %1 到 12 位数字。</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::UsersScreen</name>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>最近修改</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>添加用户(&amp;A)…</translation>
        </message>
        <message>
            <source>Reset &amp;PIN…</source>
            <translation>重置 PIN 码(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <source>Set &amp;role</source>
            <translation>设置角色(&amp;R)</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>锁定至 %1</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>启用(&amp;E)</translation>
        </message>
        <message>
            <source>%1 can now log in.</source>
            <translation>%1 现在可以登录了。</translation>
        </message>
        <message>
            <source>New PIN set for %1.</source>
            <translation>已为 %1 设置新 PIN 码。</translation>
        </message>
        <message>
            <source>You cannot disable yourself while logged in.</source>
            <translation>登录状态下不能停用自己。</translation>
        </message>
        <message>
            <source>%1 is disabled.</source>
            <translation>%1 已停用。</translation>
        </message>
        <message>
            <source>%1 is enabled again.</source>
            <translation>%1 已重新启用。</translation>
        </message>
        <message>
            <source>%1 is unlocked.</source>
            <translation>%1 已解锁。</translation>
        </message>
        <message>
            <source>%1 is now: %2.</source>
            <translation>%1 现在是：%2。</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::VerdictPanel</name>
        <message>
            <source>Covered: %1</source>
            <translation>在保：%1</translation>
        </message>
        <message>
            <source>Not covered: the repair is paid</source>
            <translation>不在保：需付费维修</translation>
        </message>
        <message>
            <source>Not covered yet: warranty evidence missing</source>
            <translation>暂不在保：保修凭据不全</translation>
        </message>
        <message>
            <source>The customer may choose: %1</source>
            <translation>客户可选择：%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Warranty until %1</source>
            <translation>保修期至 %1</translation>
        </message>
        <message>
            <source>Repair warranty until %1</source>
            <translation>维修保修期至 %1</translation>
        </message>
        <message>
            <source>No warranty verdict recorded.</source>
            <translation>没有记录保修结论。</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>在保</translation>
        </message>
        <message>
            <source>Not covered</source>
            <translation>不在保</translation>
        </message>
        <message>
            <source> (overridden by a manager)</source>
            <translation>（店长已改判）</translation>
        </message>
    </context>
    <context>
        <name>ExclusiveStoreHold</name>
        <message>
            <source>The store %1 is open in another program (the counter, repairctl, sqlite3 …). Close it there and try again; nothing was changed.</source>
            <translation>数据库 %1 正被另一个程序（柜台程序、repairctl、sqlite3 等）打开。请先在那里关闭后重试；未做任何更改。</translation>
        </message>
        <message>
            <source>Cannot open %1.</source>
            <translation>无法打开 %1。</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <source>the system keychain (service %1, entry %2)</source>
            <translation>系统钥匙串（服务 %1，条目 %2）</translation>
        </message>
        <message>
            <source>Cannot read the HQ token from %1.</source>
            <translation>无法从 %1 读取总部令牌。</translation>
        </message>
        <message>
            <source>Cannot delete %1.</source>
            <translation>无法删除 %1。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the HQ token.</source>
            <translation>无法为总部令牌创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot write the HQ token to %1.</source>
            <translation>无法将总部令牌写入 %1。</translation>
        </message>
        <message>
            <source>The system keychain did not give the HQ token: %1</source>
            <translation>系统钥匙串未能提供总部令牌：%1</translation>
        </message>
        <message>
            <source>The system keychain did not keep the HQ token: %1</source>
            <translation>系统钥匙串未能保存总部令牌：%1</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::RemedyDialog</name>
        <message>
            <source>Refund (退货)</source>
            <translation>退货</translation>
        </message>
        <message>
            <source>Exchange the phone (换货)</source>
            <translation>整机换货</translation>
        </message>
        <message>
            <source>Replace the accessory</source>
            <translation>更换附件</translation>
        </message>
        <message>
            <source>Remedy for ticket %1</source>
            <translation>维修单 %1 的退换</translation>
        </message>
        <message>
            <source>%1 — manager's override</source>
            <translation>%1——店长改判</translation>
        </message>
        <message>
            <source>Remedy:</source>
            <translation>处理方式：</translation>
        </message>
        <message>
            <source>The price on the invoice, e.g. 2999.00</source>
            <translation>发票上的价格，例如 2999.00</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>金额：</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>刷卡</translation>
        </message>
        <message>
            <source>Mobile payment</source>
            <translation>移动支付</translation>
        </message>
        <message>
            <source>Paid back by:</source>
            <translation>退款方式：</translation>
        </message>
        <message>
            <source>The customer's phone stays at the center.</source>
            <translation>顾客的手机留在本店。</translation>
        </message>
        <message>
            <source>Conditions confirmed:</source>
            <translation>已确认条件：</translation>
        </message>
        <message>
            <source>Scan the replacement phone's IMEI</source>
            <translation>扫描换新手机的 IMEI</translation>
        </message>
        <message>
            <source>New phone's IMEI:</source>
            <translation>新机 IMEI：</translation>
        </message>
        <message>
            <source>Second IMEI (dual SIM), if any</source>
            <translation>第二个 IMEI（双卡手机）</translation>
        </message>
        <message>
            <source>New phone's IMEI 2:</source>
            <translation>新机 IMEI 2：</translation>
        </message>
        <message>
            <source>Goes back to the maker</source>
            <translation>退回厂家</translation>
        </message>
        <message>
            <source>Stays at the center</source>
            <translation>留在本店</translation>
        </message>
        <message>
            <source>Old phone:</source>
            <translation>旧机：</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>电池</translation>
        </message>
        <message>
            <source>Charger</source>
            <translation>充电器</translation>
        </message>
        <message>
            <source>Wired headset</source>
            <translation>有线耳机</translation>
        </message>
        <message>
            <source>Memory card</source>
            <translation>存储卡</translation>
        </message>
        <message>
            <source>Data cable</source>
            <translation>数据线</translation>
        </message>
        <message>
            <source>Accessory replaced:</source>
            <translation>更换的附件：</translation>
        </message>
        <message>
            <source>The new accessory gets its own warranty period from today.</source>
            <translation>新附件自今日起享有自己的保修期。</translation>
        </message>
        <message>
            <source>Why the verdict is overridden (required)</source>
            <translation>改判理由（必填）</translation>
        </message>
        <message>
            <source>Override reason:</source>
            <translation>改判理由：</translation>
        </message>
        <message>
            <source>Record remedy</source>
            <translation>办理退换</translation>
        </message>
        <message>
            <source>The verdict allows no remedy.</source>
            <translation>该判定不允许任何退换。</translation>
        </message>
        <message>
            <source>"%1" is not an amount; write it like 2999.00.</source>
            <translation>“%1”不是金额；请写成 2999.00 这样的格式。</translation>
        </message>
        <message>
            <source>The ticket has no warranty verdict.</source>
            <translation>该维修单没有保修判定。</translation>
        </message>
        <message>
            <source>Warranty verdict: %1</source>
            <translation>保修判定：%1</translation>
        </message>
    </context>
    <context>
        <name>TillReport</name>
        <message>
            <source>The till report needs a valid day.</source>
            <translation>收银对账需要有效的日期。</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::TillScreen</name>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>Mobile payment (WeChat, Alipay …)</source>
            <translation>移动支付（微信、支付宝……）</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>收银对账</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>显示(&amp;S)</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Takings</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>净额</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>笔数</translation>
        </message>
        <message>
            <source>Export till</source>
            <translation>导出收银对账</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>%1: %2 payments and refunds.</source>
            <translation>%1：共 %2 笔收款和退款。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>已导出到 %1。</translation>
        </message>
    </context>
    <context>
        <name>RemedyReport</name>
        <message>
            <source>The report needs a start date on or before its end date.</source>
            <translation>报表的开始日期不能晚于结束日期。</translation>
        </message>
        <message>
            <source>Remedy: refund (%1)</source>
            <translation>三包处理：退货（%1）</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::DisposeDialog</name>
        <message>
            <source>Dispose of an uncollected phone — %1</source>
            <translation>处置逾期未取的手机 — %1</translation>
        </message>
        <message>
            <source>The ticket closes as "%1". This cannot be undone.</source>
            <translation>维修单将关闭为“%1”，此操作不可撤销。</translation>
        </message>
        <message>
            <source>Required: why, and what becomes of the phone</source>
            <translation>必填：原因以及手机如何处理</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>Dispose</source>
            <translation>处置</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::NoticeDialog</name>
        <message>
            <source>phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>message</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>%1: notice by %2</source>
            <translation>%1：%2通知</translation>
        </message>
        <message numerus="yes">
            <source>No notice to collect yet. The phone may be disposed of %n day(s) after the last notice.</source>
            <translation>
                <numerusform>尚无取机通知。最后一次通知 %n 天后方可处置手机。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>May be disposed of from %1 (%n day(s) after the last notice).</source>
            <translation>
                <numerusform>自 %1 起可处置（最后一次通知后 %n 天）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Notice to collect — %1</source>
            <translation>取机通知 — %1</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Message (SMS, WeChat)</source>
            <translation>短信（短信、微信）</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>方式(&amp;H)：</translation>
        </message>
        <message>
            <source>Optional, e.g. who answered</source>
            <translation>可选，例如接电话的人</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>Record notice</source>
            <translation>记录通知</translation>
        </message>
        <message>
            <source>Notices to collect:</source>
            <translation>取机通知：</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::BusyStoreRetry</name>
        <message>
            <source>Stop waiting</source>
            <translation>停止等待</translation>
        </message>
        <message>
            <source>Stop retrying the save; what you typed stays in the form.</source>
            <translation>停止重试保存；您输入的内容保留在表单中。</translation>
        </message>
        <message>
            <source>The store is busy (an upgrade or a seed is running); retrying… (%1 s) — what you typed is kept.</source>
            <translation>数据库正忙（正在升级或填充数据）；正在重试…（%1 秒）——您输入的内容已保留。</translation>
        </message>
        <message>
            <source>Not saved: you stopped waiting for the busy store. What you typed is still here; save again when the other program is done.</source>
            <translation>未保存：您已停止等待繁忙的数据库。您输入的内容仍在此处；请在另一个程序完成后再次保存。</translation>
        </message>
    </context>
    <context>
        <name>LoanerDesk</name>
        <message>
            <source>damaged</source>
            <translation>有损坏</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>完好</translation>
        </message>
        <message>
            <source>"%1" is not a valid IMEI of a loaner phone: %2</source>
            <translation>“%1”不是有效的备用机 IMEI：%2</translation>
        </message>
        <message>
            <source>not an IMEI (MEID/ESN)</source>
            <translation>不是 IMEI（MEID/ESN）</translation>
        </message>
        <message>
            <source>A loaner phone needs its model (at most 100 characters).</source>
            <translation>备用机需要填写型号（最多 100 个字符）。</translation>
        </message>
        <message>
            <source>The deposit must be between 0 and 1000000.00.</source>
            <translation>押金必须在 0 到 1000000.00 之间。</translation>
        </message>
        <message>
            <source>A loaner's condition is ok or damaged, not "%1".</source>
            <translation>备用机状况只能是完好（ok）或有损坏（damaged），不能是“%1”。</translation>
        </message>
        <message>
            <source>The loaner phone %1 (%2) is already on the list.</source>
            <translation>备用机 %1（%2）已在列表中。</translation>
        </message>
        <message>
            <source>Choose how the deposit is paid: cash, card or mobile payment.</source>
            <translation>请选择押金支付方式：现金、银行卡或移动支付。</translation>
        </message>
        <message>
            <source>The expected return date %1 is in the past.</source>
            <translation>预计归还日期 %1 已经过去。</translation>
        </message>
        <message>
            <source>Ticket %1 is "%2": it is closed.</source>
            <translation>工单 %1 状态为“%2”：已关闭。</translation>
        </message>
        <message>
            <source>No loaner phone %1 on the list.</source>
            <translation>列表中没有备用机 %1。</translation>
        </message>
        <message>
            <source>The loaner phone %1 (%2) was written off.</source>
            <translation>备用机 %1（%2）已报损。</translation>
        </message>
        <message>
            <source>The loaner phone %1 (%2) is already lent, on ticket %3.</source>
            <translation>备用机 %1（%2）已借出，在工单 %3 上。</translation>
        </message>
        <message>
            <source>Ticket %1 already has the loaner phone %2 out.</source>
            <translation>工单 %1 已借出备用机 %2。</translation>
        </message>
        <message>
            <source>%1 may not take the loaner's deposit.</source>
            <translation>%1 无权收取备用机押金。</translation>
        </message>
        <message>
            <source>Loaner phone lent: %1 (IMEI %2), deposit %3 (CN-07)</source>
            <translation>借出备用机：%1（IMEI %2），押金 %3（CN-07）</translation>
        </message>
        <message>
            <source>The loaner phone %1 (%2) is not lent out.</source>
            <translation>备用机 %1（%2）未借出。</translation>
        </message>
        <message>
            <source>Check the loaner phone: its condition is ok or damaged.</source>
            <translation>请检查备用机：状况为完好或有损坏。</translation>
        </message>
        <message>
            <source>Keeping the deposit needs a written reason.</source>
            <translation>扣留押金必须写明原因。</translation>
        </message>
        <message>
            <source>%1 may not give the loaner's deposit back.</source>
            <translation>%1 无权退还备用机押金。</translation>
        </message>
        <message>
            <source>Loaner phone back: %1 (IMEI %2), %3</source>
            <translation>备用机已归还：%1（IMEI %2），%3</translation>
        </message>
        <message>
            <source>deposit %1 returned</source>
            <translation>押金 %1 已退还</translation>
        </message>
        <message>
            <source>deposit %1 kept: %2</source>
            <translation>押金 %1 扣留：%2</translation>
        </message>
        <message>
            <source>Writing off a loaner phone needs a written reason.</source>
            <translation>备用机报损必须写明原因。</translation>
        </message>
        <message>
            <source>Loaner phone written off: %1 (IMEI %2): %3</source>
            <translation>备用机已报损：%1（IMEI %2）：%3</translation>
        </message>
    </context>
    <context>
        <name>rc::ui::LoanerScreen</name>
        <message>
            <source>Lent</source>
            <translation>已借出</translation>
        </message>
        <message>
            <source>Written off</source>
            <translation>已报损</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>在库</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>有损坏</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>完好</translation>
        </message>
        <message>
            <source>Loaner phones (CN-07)</source>
            <translation>备用机（CN-07）</translation>
        </message>
        <message>
            <source>IMEI</source>
            <translation>IMEI</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>状况</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>押金</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Expected back</source>
            <translation>预计归还</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Add a loaner phone</source>
            <translation>登记备用机</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>登记(&amp;A)</translation>
        </message>
        <message>
            <source>IMEI:</source>
            <translation>IMEI：</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>型号：</translation>
        </message>
        <message>
            <source>Deposit:</source>
            <translation>押金：</translation>
        </message>
        <message>
            <source>Lend the selected phone</source>
            <translation>借出所选备用机</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>Mobile payment</source>
            <translation>移动支付</translation>
        </message>
        <message>
            <source>&amp;Lend, deposit taken</source>
            <translation>借出并收押金(&amp;L)</translation>
        </message>
        <message>
            <source>Ticket:</source>
            <translation>工单：</translation>
        </message>
        <message>
            <source>Deposit paid by:</source>
            <translation>押金支付方式：</translation>
        </message>
        <message>
            <source>Take the selected phone back</source>
            <translation>收回所选备用机</translation>
        </message>
        <message>
            <source>Checked: OK</source>
            <translation>检查：完好</translation>
        </message>
        <message>
            <source>Checked: damaged</source>
            <translation>检查：有损坏</translation>
        </message>
        <message>
            <source>Keep the deposit</source>
            <translation>扣留押金</translation>
        </message>
        <message>
            <source>Why the deposit is kept</source>
            <translation>扣留押金的原因</translation>
        </message>
        <message>
            <source>&amp;Take back</source>
            <translation>收回(&amp;T)</translation>
        </message>
        <message>
            <source>Condition:</source>
            <translation>状况：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Write off (manager)</source>
            <translation>报损（店长）</translation>
        </message>
        <message>
            <source>&amp;Write off</source>
            <translation>报损(&amp;W)</translation>
        </message>
        <message>
            <source>Overdue: the phone is ready</source>
            <translation>逾期：客户手机已修好</translation>
        </message>
        <message>
            <source>Overdue: past the expected date</source>
            <translation>逾期：已过预计归还日期</translation>
        </message>
        <message numerus="yes">
            <source>%n phone(s) out</source>
            <translation>
                <numerusform>借出 %n 台</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>逾期 %n 台</numerusform>
            </translation>
        </message>
        <message>
            <source>The deposit is an amount such as 200.00, not "%1".</source>
            <translation>押金应为金额，例如 200.00，而不是“%1”。</translation>
        </message>
        <message>
            <source>%1 (%2) is on the list.</source>
            <translation>%1（%2）已登记。</translation>
        </message>
        <message>
            <source>No ticket %1.</source>
            <translation>没有工单 %1。</translation>
        </message>
        <message>
            <source>%1 lent on ticket %2, deposit %3 taken; expected back %4.</source>
            <translation>%1 已借给工单 %2，收取押金 %3；预计 %4 归还。</translation>
        </message>
        <message>
            <source>%1 is back; the deposit %2 is kept.</source>
            <translation>%1 已归还；押金 %2 扣留。</translation>
        </message>
        <message>
            <source>%1 is back; the deposit %2 goes back to the customer.</source>
            <translation>%1 已归还；押金 %2 退还客户。</translation>
        </message>
        <message>
            <source>%1 is written off.</source>
            <translation>%1 已报损。</translation>
        </message>
        <message>
            <source>Loaner phones</source>
            <translation>备用机</translation>
        </message>
        <message>
            <source>Agreement / return slip…</source>
            <translation>借用协议 / 归还单…</translation>
        </message>
        <message>
            <source>Nothing lent or taken back yet.</source>
            <translation>尚未借出或收回备用机。</translation>
        </message>
    </context>
    <context>
        <name>DepositSettlement</name>
        <message>
            <source>Keeping the customer's advance payment needs a written reason.</source>
            <translation>扣留客户订金必须写明原因。</translation>
        </message>
        <message>
            <source>Unknown way to give the advance payment back "%1": cash, card, wechat, alipay, mobile or other.</source>
            <translation>未知的订金退还方式“%1”：可选 cash、card、wechat、alipay、mobile 或 other。</translation>
        </message>
        <message>
            <source>Advance payment of %1 kept: %2</source>
            <translation>扣留订金 %1：%2</translation>
        </message>
        <message>
            <source>Ticket %1 owes the diagnosis fee of %2 and %3 was paid: take the remaining %4 first, or a manager waives the fee with a reason.</source>
            <translation>维修单 %1 应付检测费 %2，已付 %3：请先收取余下的 %4，或由店长写明原因免收。</translation>
        </message>
        <message>
            <source>Diagnosis fee of %1 kept from the advance payment.</source>
            <translation>已从订金中扣收检测费 %1。</translation>
        </message>
    </context>
    <context>
        <name>DiagnosisFee</name>
        <message>
            <source>Diagnosis fee %1: not charged, the warranty covers the repair (%2).</source>
            <translation>检测费 %1：保修范围内的维修，不收取（%2）。</translation>
        </message>
        <message>
            <source>Diagnosis fee %1: payable if the phone goes back unrepaired.</source>
            <translation>检测费 %1：未维修退回时收取。</translation>
        </message>
        <message>
            <source>Diagnosis fee %1 waived: the quote was approved.</source>
            <translation>检测费 %1 已免：客户已确认报价。</translation>
        </message>
        <message>
            <source>Diagnosis fee %1: added to the amount to pay.</source>
            <translation>检测费 %1：计入应付金额。</translation>
        </message>
        <message>
            <source>Diagnosis fee %1: owed, the phone goes back unrepaired.</source>
            <translation>检测费 %1：未维修退回，应付。</translation>
        </message>
        <message>
            <source>Diagnosis fee %1: not charged, no diagnosis was made.</source>
            <translation>检测费 %1：未检测，不收取。</translation>
        </message>
        <message>
            <source>Diagnosis fee %1 waived by the manager: %2</source>
            <translation>检测费 %1 已由店长免收：%2</translation>
        </message>
        <message>
            <source>Diagnosis fee %1, waived when you approve the quote; payable if the phone goes back unrepaired. A repair the warranty covers never pays it.</source>
            <translation>检测费 %1：确认报价后免收；未维修退回时收取。保修范围内的维修不收取。</translation>
        </message>
        <message>
            <source>Diagnosis fee %1, added to the repair when you approve the quote; payable if the phone goes back unrepaired. A repair the warranty covers never pays it.</source>
            <translation>检测费 %1：确认报价后计入维修费用；未维修退回时收取。保修范围内的维修不收取。</translation>
        </message>
    </context>
    <context>
        <name>DiagnosisFees</name>
        <message>
            <source>The setting fees.diagnosis should be an amount but is "%1".</source>
            <translation>设置 fees.diagnosis 应为金额，当前为“%1”。</translation>
        </message>
        <message>
            <source>Waiving the diagnosis fee needs a written reason.</source>
            <translation>免收检测费必须写明原因。</translation>
        </message>
        <message>
            <source>Ticket %1 owes no diagnosis fee to waive (%2).</source>
            <translation>维修单 %1 没有可免收的检测费（%2）。</translation>
        </message>
        <message>
            <source>Diagnosis fee of %1 waived: %2</source>
            <translation>检测费 %1 已免收：%2</translation>
        </message>
    </context>
    <context>
        <name>Transport</name>
        <message>
            <source>The HQ address is a web address such as https://hq.example.com.</source>
            <translation>总部地址应为网址，例如 https://hq.example.com。</translation>
        </message>
        <message>
            <source>Plain http:// is refused for %1: with sync.allow_http_lan it is allowed only to a private address of this network (10.x, 172.16-31.x, 192.168.x), written as an address. Use https:// for head office.</source>
            <translation>拒绝以明文 http:// 连接 %1：即使设置了 sync.allow_http_lan，也只允许连接本网络的私有地址（10.x、172.16-31.x、192.168.x），且须写成 IP 地址。连接总部请使用 https://。</translation>
        </message>
        <message>
            <source>Plain http:// is refused for %1: the token and the tickets would cross the network unencrypted. Use https:// (or, for a hub on this center's own network, set sync.allow_http_lan to 1).</source>
            <translation>拒绝以明文 http:// 连接 %1：令牌和工单会未加密地经过网络。请使用 https://（若是本中心局域网内的集线服务器，可将 sync.allow_http_lan 设为 1）。</translation>
        </message>
        <message>
            <source>The CA file %1 cannot be read: %2</source>
            <translation>无法读取 CA 文件 %1：%2</translation>
        </message>
        <message>
            <source>The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
            <translation>CA 文件 %1 中没有 PEM 证书（-----BEGIN CERTIFICATE-----）。</translation>
        </message>
        <message>
            <source>The request for %1 does not go to the HQ address %2.</source>
            <translation>请求 %1 的目标不是总部地址 %2。</translation>
        </message>
        <message>
            <source>HQ answered %1, a redirect to %2: redirects are not followed (the token goes only to the address set). Set the HQ address to the final one.</source>
            <translation>总部返回 %1，重定向到 %2：不跟随重定向（令牌只发往设置的地址）。请将总部地址设为最终地址。</translation>
        </message>
        <message>
            <source>nowhere</source>
            <translation>（无）</translation>
        </message>
    </context>
    <context>
        <name>VersionClock</name>
        <message>
            <source>The store has no version clock.</source>
            <translation>数据库没有版本时钟。</translation>
        </message>
    </context>
    <context>
        <name>SyncStateStore</name>
        <message>
            <source>This store has no center code (Settings, or repairctl setup): nothing is sent to head office until it has one.</source>
            <translation>此数据库没有中心代码（在“设置”中或用 repairctl setup 设置）：设置之前不会向总部发送任何数据。</translation>
        </message>
    </context>
    <context>
        <name>rc::sync::SyncPuller</name>
        <message>
            <source>HQ did not answer within %1 s.</source>
            <translation>总部在 %1 秒内没有响应。</translation>
        </message>
        <message>
            <source>Network error: %1</source>
            <translation>网络错误：%1</translation>
        </message>
        <message>
            <source>HQ answered %1: %2</source>
            <translation>总部返回 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>rc::sync::DeviceHistoryClient</name>
        <message>
            <source>No head office is set.</source>
            <translation>未设置总部。</translation>
        </message>
        <message>
            <source>This station has no head office token.</source>
            <translation>本工作站没有总部令牌。</translation>
        </message>
        <message>
            <source>Head office did not answer within %1 s.</source>
            <translation>总部在 %1 秒内未应答。</translation>
        </message>
        <message>
            <source>Head office cannot be reached: %1</source>
            <translation>无法连接总部：%1</translation>
        </message>
        <message>
            <source>Head office answered %1.</source>
            <translation>总部返回 %1。</translation>
        </message>
        <message>
            <source>Head office's answer is not the history of %1.</source>
            <translation>总部的应答不是 %1 的历史记录。</translation>
        </message>
        <message>
            <source>Head office's history of %1 holds a ticket without a number.</source>
            <translation>总部返回的 %1 历史记录中有一张工单没有单号。</translation>
        </message>
        <message>
            <source>Head office's history of %1 holds an exchange without its id or date.</source>
            <translation>总部返回的 %1 历史记录中有一次换货没有编号或日期。</translation>
        </message>
    </context>
    <context>
        <name>HistorySource</name>
        <message>
            <source>History: this store and head office (tickets from head office: %1, repairs counted: %2)</source>
            <translation>历史记录：本店及总部（来自总部的工单：%1 张，计入判定的维修：%2 次）</translation>
        </message>
        <message>
            <source>History: this store and head office (tickets from head office: %1, repairs counted: %2, exchanges: %3)</source>
            <translation>历史记录：本店及总部（来自总部的工单：%1 张，计入判定的维修：%2 次，换货：%3 次）</translation>
        </message>
        <message>
            <source>History: this store only — no head office token</source>
            <translation>历史记录：仅本店 — 没有总部令牌</translation>
        </message>
        <message>
            <source>History: this store only — no head office set</source>
            <translation>历史记录：仅本店 — 未设置总部</translation>
        </message>
        <message>
            <source>History: this store only — head office did not answer in time</source>
            <translation>历史记录：仅本店 — 总部未及时应答</translation>
        </message>
        <message>
            <source>History: this store only — head office could not be asked</source>
            <translation>历史记录：仅本店 — 无法查询总部</translation>
        </message>
    </context>
</TS>
