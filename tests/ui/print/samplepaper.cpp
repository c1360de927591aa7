#include "samplepaper.h"

namespace rc::print::test {

PaperData samplePaper()
{
    PaperData data;
    data.center
        = {QStringLiteral("示范维修中心 Demo Repair Center"),
           QStringLiteral("上海市徐汇区漕溪北路 88 号 1 楼 / 1F, 88 Caoxi North Road, Shanghai"),
           QStringLiteral("021-5555 0188")};
    data.ticketNumber = QStringLiteral("DEMO01-261123-0042");
    data.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 41), Qt::UTC);
    data.clerk = QStringLiteral("王芳 Wang Fang");
    data.customer = {QStringLiteral("李明 Li Ming"), QStringLiteral("13812345678"),
                     QStringLiteral("上海市闵行区莘庄镇七莘路 1888 弄 12 号 502 室")};
    data.device.brand = QStringLiteral("Huawei");
    data.device.model = QStringLiteral("Mate 60 Pro");
    data.device.imeis = {QStringLiteral("860123450000012"), QStringLiteral("860123450000020")};
    data.device.colour = QStringLiteral("雅丹黑 black");
    data.fault = QStringLiteral("开机后屏幕闪烁，通话时对方听不到声音。Screen flickers after boot; "
                                "the other party cannot hear me during calls.");
    data.faultCode = {QStringLiteral("无声、单向通话或音量异常"),
                      QStringLiteral("no sound, one-way audio or wrong volume")};
    data.condition = {QStringLiteral("划痕；后壳左下角轻微划痕"),
                      QStringLiteral("scratches; light scratch on the back, lower left")};
    data.accessories = {{QStringLiteral("SIM 卡托"), QStringLiteral("SIM tray")},
                        {QStringLiteral("保护壳"), QStringLiteral("case")}};
    data.warranty.sentence
        = {QStringLiteral("主机在三包有效期内出现性能故障，可免费修理（零件和工时）。"),
           QStringLiteral("A performance fault of the main unit within the "
                          "warranty period: free repair (parts and labour).")};
    data.warranty.ruleIds = {QStringLiteral("CN-01"), QStringLiteral("CN-14")};
    data.backupConsent = true;

    data.lines = {
        {QuoteLine::Kind::Part, QStringLiteral("屏幕总成 Display assembly"), 1, 129900, true},
        {QuoteLine::Kind::Part, QStringLiteral("听筒 Earpiece"), 1, 8800, false},
        {QuoteLine::Kind::Labour, QStringLiteral("拆装及测试 Disassembly and test"), 1, 5000,
         false},
    };
    data.deposit = 5000;
    data.approvedAt = QDateTime(QDate(2026, 11, 23), QTime(11, 5), Qt::UTC);

    data.repair.droppedOff = QDate(2026, 11, 23);
    data.repair.causeFound
        = QStringLiteral("屏幕排线接触不良，听筒进灰。Display flex loose, earpiece clogged.");
    data.repair.workDone = QStringLiteral("更换屏幕总成与听筒，整机测试通过。Replaced display and "
                                          "earpiece, full test passed.");
    data.repair.partsReplaced
        = {QStringLiteral("屏幕总成 Display assembly"), QStringLiteral("听筒 Earpiece")};
    data.repair.returned = QDate(2026, 11, 25);
    data.repair.technician = QStringLiteral("张伟 Zhang Wei");
    data.repair.repairWarrantyEnd = QDate(2027, 2, 23);
    data.payments = {
        {QStringLiteral("deposit"), QStringLiteral("cash"), 5000,
         QDateTime(QDate(2026, 11, 23), QTime(11, 6), Qt::UTC)},
        {QStringLiteral("payment"), QStringLiteral("wechat"), 8800,
         QDateTime(QDate(2026, 11, 25), QTime(16, 20), Qt::UTC)},
    };
    data.printedAt = QDateTime(QDate(2026, 11, 25), QTime(16, 21), Qt::UTC);
    return data;
}

PaperData sampleWithLines(int count)
{
    PaperData data = samplePaper();
    data.lines.clear();
    for (int i = 1; i <= count; ++i) {
        QuoteLine line;
        line.kind = i % 3 == 0 ? QuoteLine::Kind::Labour : QuoteLine::Kind::Part;
        line.description = QStringLiteral("Line %1 配件 part").arg(i, 2, 10, QLatin1Char('0'));
        line.quantity = 1 + i % 2;
        line.unitPrice = 1000 + 137 * i;
        line.covered = i % 5 == 0;
        data.lines.push_back(line);
    }
    return data;
}

} // namespace rc::print::test
