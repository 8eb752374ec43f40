PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE run_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO "run_state" VALUES('schema_version','1');
INSERT INTO "run_state" VALUES('seed','16363742304740509236');
INSERT INTO "run_state" VALUES('next_step','11');
INSERT INTO "run_state" VALUES('rng','16363742304740509236 16414112430984290476 14057418293383712709 12005641973264531409 9222165590420055323 4385931013719108503 2880851102618161809 4017391377578144388 14041619972849098044 9891402221725459740 17333037318921054288 5345737338286310306 5845952629147074739 16105741236311354711 2231018664337105874 16709248299396545017 4181610468678940418 3223783856272910699 8767160457047792865 10302534137311294323 8943816965133982193 12937813303825653573 4156126852897011857 11512693752517959828 6156707211568161910 8489947758157853188 4136255452532999675 14961880989723660858 15595923227189738273 1604272601591284503 18097363938575086633 16209504433787519361 1767009594070204922 13769796437208751891 8581264796401476895 2467833035035076713 11635870420136391065 10738356507202215268 17909295343994701076 17997441300070977074 15771742870604582341 6317411284806477303 6837949304385877608 8522688539091478432 3278642735488161401 17979381620284308082 17899130724427158795 468518094954195607 11224521729612490171 12526045357649750198 12026370918825735126 11469383822796998775 1326003322225739717 5857978698739144918 15821053623842490113 12655858223830268305 6278571557124688911 4272077915402391727 5643024314021937149 5740611460653876103 7030508039563614410 524385430112145644 5582518586382978490 11796403002560130846 6774658630690253868 12027409274751719210 13574652805732330058 7669754544002655979 257791075265883494 11968798472051922227 6246440174129416419 1614840767414021633 7508920688411383157 10126646759905939885 15751813351062023437 12001514568746819009 15710936357982910611 10949980657475150237 6783491638828075585 13811140287833935247 7532053498352620825 3336018162771778953 1727211924438607975 17426142811822977902 7649795709982170493 9501251490372383521 11147823322481760893 11790596677232994730 8514776079368661728 14468685738558433510 11468417107653217179 2471765823317324096 18336924081116997788 12314023998341170512 10174431467750972872 17232401135482680033 1682895360554864666 7260563258862877427 377411943695149804 926526229420040159 7140984269928070039 2511854851185943491 12889557779640256173 8869532983288626730 7387501231787180791 8935995745698320295 6864905507063470744 11018330212123776080 13854014681367429334 3611654770088710366 17332290003082713460 9857638271874237274 8423345452204506856 3001857192831133286 4142576735356312160 4884078356295648083 10209889931808555998 7252699297959318049 3323999884988387350 5793376719277112917 13834870569627820348 9328629021121288799 11209418128025011667 3259196537271547192 199777668343391060 16688724758967591489 16274007096008131608 13890701176129478206 13501083836706837561 16726002285610439648 5335738415875660905 11250981041822176971 7625247350922524889 9437513756559058557 12078191275307779545 7076260644701859078 13860636346677076931 4183210453934573897 7766898947696122207 2650737007923517457 9323094059640416905 17798012031861403644 8119433164079034721 4859348939711516271 10497079537221376998 5506228900648256421 996760265310601318 892864313425964161 11421102117409477185 17870346067711079260 6641213784340932937 18185649021593156159 8640811090728337700 13821388198597349146 13862556856199172050 13502158316407863128 18152636036412268910 17749142100011889606 5523636841286096191 12244061680794123909 11177975481483753307 4887748397038051910 9640468223841943581 7359885962163758870 3155861139045206191 15557402502656694376 17127963442574549109 3264388834556739429 12504726437938298985 5647096574621624440 1493103208910791919 16810125282403782574 17652356936207308053 11373904496297615243 730990884649370307 17620425263004596726 3023342022929202113 7224678253842055326 15306087208094645669 7163564415141392609 10472583919345285140 7933494695833486995 13064378051641759328 10757650188444618225 8144786060113199471 12371777783523873551 14030340135140740355 14351099851802446267 10891077892649418260 7171448924553811099 17446780914129765840 4150450951072035798 12055725895045400414 4682952847516348397 9964439043466461502 14576602575686794319 276649462051638816 11600495925666536549 15835051926270138337 6911327503256424833 8960671435283764296 13997941900822497438 4482506538716374883 3406929865539455538 9456995546487626134 17387530063350033361 11777919900946080440 1137176527939789185 9318976766104839037 3918483179281399588 1358571224724600358 12304359344173227905 5091355024589227995 11049346656806963239 11901471817818294871 12677998118647217352 12543043759932204634 2440072716384970321 15260694730646187031 15271263555704319071 18238021141856399624 12967280648797951180 3375138070636124948 16367656948917497699 13371918668003947712 9382281307421246715 3448936645658208167 14065773353674707518 14239168144687626397 5676530819731887787 10271114190825280200 10029346574431929449 10383054153047448759 15765494505887193018 15064143527484863343 9628303403762556647 1996317158710151725 14215421864852364758 4041471947213204063 13467044660908643490 18332552616652554512 5402786413044850248 5468683744624495303 8665760957213499329 10923031867421595060 13354824350802418675 6011064493110262099 16624475667415794273 11733405280261409330 14523002903243922281 6712263363834570908 7799908959100028820 5228862959726854445 15242929228227971513 5201820966245072048 2593001546574838556 11518293495073523948 6437528734495106263 11438448538592011424 14070169225709391741 10817746521552895018 9190349277860260877 7025513492016755490 2573230107892423470 14516917618844178974 3200454724534336290 6838219482640024580 3296298092043317484 3126246658152312456 14910602756676593397 13371075131893867596 2672171601920513221 2445324890394010289 835696894075201838 820422340892413992 7176103984584945691 2085167185147829158 8049811576355927875 2782164676070667696 9848986364232696071 7876056202515196409 16893042850089363889 6287515507869803364 15908461227259335900 788852843790421327 15101279592295811328 8554616750960530341 3478304817134604531 8302641282586446039 4328071110610696383 2960008764481485749 16073081499930348276 3958574495333136271 15815827238700136008 3412695395488153941 15184022492266768408 1684816491493815015 3471329225306852548 6418431256681593758 2755742895520242974 8093574161059430770 1976994024504201060 3970531217056715202 8389879325367017033 4660015839384439768 17909335730678906198 6504289274955723811 16718023047394707757 226253434004549706 11953057697897559095 8930164019264027015 6408445023260989381 312');
INSERT INTO "run_state" VALUES('open_step','');
CREATE TABLE attempts (
  id             INTEGER PRIMARY KEY,
  step           INTEGER NOT NULL,
  operator       TEXT NOT NULL,
  parent_version INTEGER,
  parent_commit  TEXT,
  status         TEXT NOT NULL,
  outcome        TEXT,
  suite          TEXT,
  correct        INTEGER,
  scalar         REAL,
  unit           TEXT,
  paired_best    REAL,
  paired         TEXT,
  reason         TEXT,
  message        TEXT,
  diff           TEXT,
  build_log      TEXT,
  eval_log       TEXT,
  build_s        REAL,
  eval_s         REAL,
  duration_s     REAL,
  tokens_in      INTEGER NOT NULL DEFAULT 0,
  tokens_out     INTEGER NOT NULL DEFAULT 0,
  cost_usd       REAL NOT NULL DEFAULT 0,
  transcript     TEXT,
  commit_id      TEXT,
  version        INTEGER,
  started_at     TEXT NOT NULL,
  finished_at    TEXT
, island INTEGER NOT NULL DEFAULT 0);
INSERT INTO "attempts" VALUES(1,0,'seed',NULL,'','committed','scored','mha',1,216.38415810525368,'TFLOPS',NULL,NULL,'committed as v0: seed: correct, 216.4 TFLOPS','seed: the task''s own version x_0','','','mha_s4096_nc             correct       228.8 TFLOPS
mha_s8192_nc             correct       232.4 TFLOPS
mha_s16384_nc            correct       235.0 TFLOPS
mha_s32768_nc            correct       234.7 TFLOPS
mha_s4096_c              correct       194.8 TFLOPS
mha_s8192_c              correct       200.9 TFLOPS
mha_s16384_c             correct       203.9 TFLOPS
mha_s32768_c             correct       205.3 TFLOPS
geomean 216.4 TFLOPS over 8 configs
',1.1510185479999999,22.782059022999999,23.954068158999998,0,0,0.0,'','369b2750b7723887ea292b77147034fad0a3475a',0,'2026-12-06T01:07:33Z','2026-12-06T01:07:57Z',0);
INSERT INTO "attempts" VALUES(2,1,'claude-opus',0,'369b2750b7723887ea292b77147034fad0a3475a','committed','scored','mha',1,237.82614434823617,'TFLOPS',216.26716935752728,'{"confidence":0.95,"configs":[{"hi":1.0673529861196485,"lo":1.0666399879869801,"name":"mha_s4096_nc","ratio":1.0669786910902899},{"hi":1.0607001839836063,"lo":1.0588574718151174,"name":"mha_s8192_nc","ratio":1.0596610694579827},{"hi":1.057231232753947,"lo":1.0555966477678984,"name":"mha_s16384_nc","ratio":1.05650676476227},{"hi":1.060676525939719,"lo":1.0557473068693166,"name":"mha_s32768_nc","ratio":1.058189652580373},{"hi":1.1527073254142326,"lo":1.1496737556976218,"name":"mha_s4096_c","ratio":1.1512144559944502},{"hi":1.1411318109857305,"lo":1.1369900620074933,"name":"mha_s8192_c","ratio":1.1390739464817592},{"hi":1.1377087372209842,"lo":1.1340297233894998,"name":"mha_s16384_c","ratio":1.135871436987277},{"hi":1.139445887839085,"lo":1.1332583348369252,"name":"mha_s32768_c","ratio":1.136311591709754}],"hi":1.1003455395873383,"lo":1.0990913202206964,"ratio":1.0997314897858206,"rounds":10}','committed as v1: accepted: geomean ratio 1.0997 [1.0991, 1.1003] (95%, 10 paired rounds): lower bound > 1.0050 (against v0 measured beside it, 216.3 TFLOPS)','stages 1 -> 2: double-buffer K/V so the next tile''s loads overlap this tile''s math

The seed (FlashAttention-2 on mma.sync, cp.async into one K/V buffer) waits for each K/V tile
before its QK^T: the copy and the tensor cores take turns. With two buffers (knob `stages`), tile
j+1 is fetched with cp.async while tile j''s QK^T, online softmax and PV run, so the copy latency
hides behind the math. Shared memory per CTA goes from Q + 2 tiles to Q + 4 tiles of 64x136 bf16
(padding 8 per row, no bank conflicts), still 3 CTAs per SM at head dim 128.

Measured beside the seed in one process by the gate (avo-attention-harness --interleaved) on an
H100 the same night, suite quick (b2 h16 s4096 d128): +13.5% geomean, 20 of 20 fresh runs
committed with 95% intervals [1.132, 1.141]. This commit is judged on the mha suite.
','diff --git a/kernel/knobs.h b/kernel/knobs.h
index 0b1037a..7808452 100644
--- a/kernel/knobs.h
+++ b/kernel/knobs.h
@@ -21,6 +21,6 @@ constexpr int kBlockN = 32;  // avo:knob block_n
 
 // Shared-memory buffers for K/V tiles: 1 loads and computes in turn; 2 prefetches the next tile
 // with cp.async while the current one is used.
-constexpr int kStages = 1;  // avo:knob stages
+constexpr int kStages = 2;  // avo:knob stages
 
 }  // namespace avo_seed
','','mha_s4096_nc             correct       244.2 TFLOPS
  ws1                    correct       228.9 TFLOPS  candidate/ws1 1.0666
mha_s8192_nc             correct       246.2 TFLOPS
  ws1                    correct       232.4 TFLOPS  candidate/ws1 1.0594
mha_s16384_nc            correct       247.3 TFLOPS
  ws1                    correct       234.0 TFLOPS  candidate/ws1 1.0568
mha_s32768_nc            correct       247.8 TFLOPS
  ws1                    correct       234.5 TFLOPS  candidate/ws1 1.0569
mha_s4096_c              correct       224.1 TFLOPS
  ws1                    correct       194.7 TFLOPS  candidate/ws1 1.1511
mha_s8192_c              correct       229.0 TFLOPS
  ws1                    correct       201.1 TFLOPS  candidate/ws1 1.1388
mha_s16384_c             correct       231.8 TFLOPS
  ws1                    correct       204.0 TFLOPS  candidate/ws1 1.1360
mha_s32768_c             correct       233.6 TFLOPS
  ws1                    correct       205.3 TFLOPS  candidate/ws1 1.1379
geomean 237.8 TFLOPS over 8 configs
',1.281769524,44.916157570000003,47.393258138999997,0,0,0.0,'','be88b8100b2df8fbe963be7fb9a2988cdedf6e7f',1,'2026-12-06T01:07:57Z','2026-12-06T01:08:45Z',0);
INSERT INTO "attempts" VALUES(3,3,'claude-opus',1,'be88b8100b2df8fbe963be7fb9a2988cdedf6e7f','committed','scored','mha',1,252.61092667772013,'TFLOPS',237.58375153075039,'{"confidence":0.95,"configs":[{"hi":1.1198501121796804,"lo":1.118681128128978,"name":"mha_s4096_nc","ratio":1.119340401641468},{"hi":1.12874465050605,"lo":1.1245622526025008,"name":"mha_s8192_nc","ratio":1.1267998026371115},{"hi":1.1331284396389958,"lo":1.1291682049680196,"name":"mha_s16384_nc","ratio":1.1310611088377338},{"hi":1.1376501650694502,"lo":1.1261960991411755,"name":"mha_s32768_nc","ratio":1.1316384756901623},{"hi":0.9851763780292911,"lo":0.9831866462390402,"name":"mha_s4096_c","ratio":0.9842052269104277},{"hi":1.0013004672064063,"lo":0.9980214160571155,"name":"mha_s8192_c","ratio":0.9996660337921521},{"hi":1.0124088389386012,"lo":1.0080281408683782,"name":"mha_s16384_c","ratio":1.0101538371786944},{"hi":1.018670217379402,"lo":1.0128320438196854,"name":"mha_s32768_c","ratio":1.016003226077627}],"hi":1.0639185776313251,"lo":1.0620824310717434,"ratio":1.0629877031775583,"rounds":10}','committed as v2: accepted: geomean ratio 1.0630 [1.0621, 1.0639] (95%, 10 paired rounds): lower bound > 1.0050 (against v1 measured beside it, 237.6 TFLOPS)','warps 4 -> 8, block_n 32 -> 128: twice the query rows per CTA, a quarter of the K/V tile passes

v1 (4 warps, 64 query rows per CTA, 32-key tiles) runs each K/V tile through shared memory for
only 64 query rows, and every 32 keys it pays a cp.async wait, two __syncthreads and one online
softmax rescale of O (max, exp2 of the correction, 16x128 multiply per warp). With 8 warps the
CTA owns 128 query rows, so every K/V byte brought into shared memory feeds twice the MMAs; with
128-key tiles the per-tile fixed cost (barriers, rescale, pipeline bookkeeping) is paid a quarter
as often. Cost: S grows to 16x128 fp32 per warp (64 registers per thread) and shared memory to
Q + 2 stages x (K + V) of 128x136 bf16 = 174 KB, one CTA of 256 threads per SM.

Evidence beforehand: in the gate check of 2026-12-06 (H100) the mutate operator''s lineage gained
+12.7% on mha from warps 8 + block_n 64 and +1.6% more from block_n 128, both on top of stages 2.
This step takes both at once on this lineage. Judged on the mha suite beside v1 by the paired gate.
','diff --git a/kernel/knobs.h b/kernel/knobs.h
index 7808452..4b9bed4 100644
--- a/kernel/knobs.h
+++ b/kernel/knobs.h
@@ -9,7 +9,7 @@
 namespace avo_seed {
 
 // Warps per thread block. Each warp owns kMTilesPerWarp * 16 query rows of the block''s tile.
-constexpr int kWarps = 4;  // avo:knob warps
+constexpr int kWarps = 8;  // avo:knob warps
 
 // 16-row MMA tiles per warp: more rows per warp reuse each K/V fragment from shared memory more
 // often, at the cost of registers (S and O accumulators grow with it).
@@ -17,7 +17,7 @@ constexpr int kMTilesPerWarp = 1;  // avo:knob m_tiles
 
 // Keys per K/V tile (the inner loop''s step). Larger tiles mean fewer barriers and softmax
 // rescales per key, but a larger S accumulator in registers.
-constexpr int kBlockN = 32;  // avo:knob block_n
+constexpr int kBlockN = 128;  // avo:knob block_n
 
 // Shared-memory buffers for K/V tiles: 1 loads and computes in turn; 2 prefetches the next tile
 // with cp.async while the current one is used.
','','mha_s4096_nc             correct       273.0 TFLOPS
  ws1                    correct       243.9 TFLOPS  candidate/ws1 1.1193
mha_s8192_nc             correct       277.2 TFLOPS
  ws1                    correct       246.2 TFLOPS  candidate/ws1 1.1259
mha_s16384_nc            correct       279.1 TFLOPS
  ws1                    correct       247.1 TFLOPS  candidate/ws1 1.1294
mha_s32768_nc            correct       280.3 TFLOPS
  ws1                    correct       247.7 TFLOPS  candidate/ws1 1.1314
mha_s4096_c              correct       220.0 TFLOPS
  ws1                    correct       223.3 TFLOPS  candidate/ws1 0.9853
mha_s8192_c              correct       229.0 TFLOPS
  ws1                    correct       228.7 TFLOPS  candidate/ws1 1.0012
mha_s16384_c             correct       234.0 TFLOPS
  ws1                    correct       231.6 TFLOPS  candidate/ws1 1.0104
mha_s32768_c             correct       237.5 TFLOPS
  ws1                    correct       233.5 TFLOPS  candidate/ws1 1.0175
geomean 252.6 TFLOPS over 8 configs
',2.3942101770000002,49.009683559000003,52.959581030000002,0,0,0.0,'','75165bcd44cbc6927b4bbe4cb02b38b90814f831',2,'2026-12-06T05:26:22Z','2026-12-06T05:27:15Z',0);
INSERT INTO "attempts" VALUES(4,4,'claude-opus',2,'75165bcd44cbc6927b4bbe4cb02b38b90814f831','committed','scored','mha',1,601.00290688954772,'TFLOPS',252.28500986071288,'{"confidence":0.95,"configs":[{"hi":2.152327148630346,"lo":2.15005050694825,"name":"mha_s4096_nc","ratio":2.1512625267547105},{"hi":2.2084500213072316,"lo":2.2016135960175327,"name":"mha_s8192_nc","ratio":2.205139116032948},{"hi":2.2501780802707345,"lo":2.236657009921424,"name":"mha_s16384_nc","ratio":2.2430315128286646},{"hi":2.2639335311906676,"lo":2.24434900167377,"name":"mha_s32768_nc","ratio":2.2533467350680176},{"hi":2.388832733533006,"lo":2.3852209401451985,"name":"mha_s4096_c","ratio":2.3870020061355435},{"hi":2.5270600728028008,"lo":2.5245258616956403,"name":"mha_s8192_c","ratio":2.525919543635585},{"hi":2.665132785628174,"lo":2.656328663655512,"name":"mha_s16384_c","ratio":2.6603476482784854},{"hi":2.695102923149558,"lo":2.680036011490343,"name":"mha_s32768_c","ratio":2.6864760452376744}],"hi":2.383070183849451,"lo":2.3793004137382985,"ratio":2.381076278570995,"rounds":10}','committed as v3: accepted: geomean ratio 2.3811 [2.3793, 2.3831] (95%, 10 paired rounds): lower bound > 1.0050 (against v2 measured beside it, 252.3 TFLOPS)','Head dim 128 on Hopper''s own machinery: wgmma from shared memory with P from registers, TMA loads on an mbarrier ring, a producer warpgroup and two consumer warpgroups split by setmaxnreg

The parent runs FlashAttention-2 on mma.sync (Ampere''s warp-level MMA): every QK^T and PV operand
goes shared -> registers by ldmatrix, cp.async copies are issued by the same warps that compute,
and a __syncthreads per tile makes copy and math take turns. On an H100 that reaches about 40% of
cuDNN 9.19 (anchors: cuDNN 572-621 TFLOPS non-causal, 523-589 causal on the mha suite). Hopper''s
tensor cores are only fully fed by wgmma (FlashAttention-3, sections 3.1-3.2; the
hopper-attention-ladder''s first three rungs), so this step replaces the head-dim-128 kernel
(the suites'' shape) with a new one, kernel/flash_fwd_hopper.cuh, on the wrappers of
kernel/hopper.cuh:

- CTA = 3 warpgroups (384 threads), 128 query rows x one (batch, head); K/V tiles of 128 keys.
- Producer warpgroup 0: one thread issues TMA (cp.async.bulk.tensor, 64 d x 128 rows boxes,
  128-byte swizzle) for Q once and K, V into a 2-stage ring; "full" mbarriers carry the byte
  count, "empty" mbarriers collect one arrival per consumer warp. setmaxnreg.dec to 40.
- Consumer warpgroups 1, 2 (64 rows each, setmaxnreg.inc to 232): S = Q K^T as 8 wgmma
  m64n128k16 with both operands read from swizzled shared memory through descriptors; online
  softmax on the accumulators (quad shuffles for row max/sum, ex2.approx with the scale folded
  into one FFMA); P packed to bf16 in registers is the A operand of O += P V (wgmma RS, V read
  N-major from shared memory, no transpose pass). Releases K as soon as S is done, V after PV.
- Causal: heaviest m-tiles first (reversed blockIdx.x), masking only in tiles crossing the
  diagonal or the sequence end.
- Head dim 64 keeps the parent''s mma.sync kernel (not in the suites).
ptxas: 168 registers at launch, 0 spills.

Not yet here (next rungs): overlap of softmax with the next tile''s QK^T inside a warpgroup,
ping-pong between the two consumer warpgroups, a TMA store epilogue.
','diff --git a/kernel/attention.cu b/kernel/attention.cu
index 3f56234..16b83a7 100644
--- a/kernel/attention.cu
+++ b/kernel/attention.cu
@@ -1,8 +1,9 @@
-// attention.cu -- the seed under contract 2 (../include/avo_attention.h): four entry kernels
-// (head dim 64 or 128, causal or not), each one CTA per query tile running flash_fwd_tile with
-// the knobs of knobs.h (through contract.cuh), and the launch description that tells the
-// harness how to launch them.
+// attention.cu -- the entry kernels and the launch description (contract 2,
+// ../include/avo_attention.h). Head dim 128 (the suites'' shape) runs the Hopper kernel of
+// flash_fwd_hopper.cuh: wgmma, TMA, a producer warpgroup and two consumer warpgroups. Head dim
+// 64 keeps the seed''s FlashAttention-2 kernel on mma.sync (flash_fwd.cuh, knobs.h).
 #include "contract.cuh"
+#include "flash_fwd_hopper.cuh"
 
 #define AVO_SEED_ENTRY(NAME, HEAD_DIM, CAUSAL)                                          \
   extern "C" __global__ void __launch_bounds__(avo_seed::SeedShape<HEAD_DIM>::kThreads, \
@@ -13,16 +14,46 @@
 
 AVO_SEED_ENTRY(avo_seed_hd64_noncausal, 64, false)
 AVO_SEED_ENTRY(avo_seed_hd64_causal, 64, true)
-AVO_SEED_ENTRY(avo_seed_hd128_noncausal, 128, false)
-AVO_SEED_ENTRY(avo_seed_hd128_causal, 128, true)
+
+// One CTA per SM: 384 threads whose registers setmaxnreg splits 40 / 232.
+extern "C" __global__ void __launch_bounds__(avo_hopper::Hd128Shape::kThreads, 1)
+    avo_wgmma_hd128(const __grid_constant__ AvoAttentionParams p) {
+  avo_hopper::flash_fwd_hd128(p);
+}
+
+namespace {
+
+// The head-dim-128 entry for both masks: TMA boxes of 64 d x 128 rows with the 128-byte swizzle
+// for Q, K and V (the output is stored from registers, no descriptor).
+constexpr AvoAttentionVariant wgmma_hd128() {
+  AvoAttentionVariant v{};
+  constexpr char kName[] = "avo_wgmma_hd128";
+  for (int i = 0; i < static_cast<int>(sizeof(kName)); ++i) v.kernel[i] = kName[i];
+  v.head_dim = 128;
+  v.causal = -1;
+  v.threads_per_block = avo_hopper::Hd128Shape::kThreads;
+  v.dynamic_smem_bytes = avo_hopper::Hd128Shape::kSmemBytes;
+  v.cluster[0] = v.cluster[1] = v.cluster[2] = 1;
+  v.grid = AVO_GRID_TILES;
+  v.block_m = avo_hopper::Hd128Shape::kBlockM;
+  for (int t = AVO_TENSOR_Q; t <= AVO_TENSOR_V; ++t) {
+    v.tma[t].box[0] = 64;
+    v.tma[t].box[1] = 1;
+    v.tma[t].box[2] = avo_hopper::Hd128Shape::kPanelRows;
+    v.tma[t].box[3] = 1;
+    v.tma[t].swizzle_bytes = 128;
+  }
+  return v;
+}
+
+}  // namespace
 
 extern "C" __constant__ AvoAttentionLaunch avo_attention_launch = {
     AVO_ATTENTION_CONTRACT_VERSION,
-    4,
+    3,
     {
         avo_seed::variant<64>("avo_seed_hd64_noncausal", 0),
         avo_seed::variant<64>("avo_seed_hd64_causal", 1),
-        avo_seed::variant<128>("avo_seed_hd128_noncausal", 0),
-        avo_seed::variant<128>("avo_seed_hd128_causal", 1),
+        wgmma_hd128(),
     },
 };
diff --git a/kernel/flash_fwd_hopper.cuh b/kernel/flash_fwd_hopper.cuh
new file mode 100644
index 0000000..b7957a2
--- /dev/null
+++ b/kernel/flash_fwd_hopper.cuh
@@ -0,0 +1,274 @@
+// flash_fwd_hopper.cuh -- the attention forward for head dim 128 on Hopper: wgmma, TMA and
+// warp specialisation.
+//
+// Algorithm: FlashAttention-2''s online softmax (see flash_fwd.cuh), laid out for Hopper as in
+// FlashAttention-3 (Shah et al., "FlashAttention-3: Fast and Accurate Attention with Asynchrony
+// and Low-precision", 2024, sections 3.1 and 3.2). One CTA owns 128 query rows of one (batch,
+// query head) and has three warpgroups:
+//   producer   (warpgroup 0): one thread issues the TMA loads: Q once, then K and V tiles of
+//              128 keys into a two-stage ring, each stage guarded by a "full" mbarrier (bytes
+//              landed) and an "empty" one (every consumer warp is done reading it). It gives
+//              its registers away (setmaxnreg) since it computes nothing.
+//   consumers  (warpgroups 1 and 2): 64 query rows each. Per K/V tile:
+//                S = Q K^T    wgmma, Q and K straight from shared memory (no ldmatrix)
+//                online softmax on S in registers (row max and sum across a quad of lanes)
+//                O = O * alpha + P V   wgmma with P from registers, V from shared memory
+//              and at the end O / l and the log-sum-exp go to global memory.
+// Causal CTAs run the heaviest query tiles first (the last m-tiles see the most keys), so the
+// tail of the grid is made of short tiles.
+#pragma once
+
+#include <cuda.h>
+#include <cuda_bf16.h>
+
+#include <cmath>
+#include <cstdint>
+
+#include "avo_attention.h"
+#include "hopper.cuh"
+
+namespace avo_hopper {
+
+using bf16 = __nv_bfloat16;
+
+struct Hd128Shape {
+  static constexpr int kHeadDim = 128;
+  static constexpr int kBlockM = 128;  // 2 consumer warpgroups x 64 rows
+  static constexpr int kBlockN = 128;  // keys per K/V tile
+  static constexpr int kStages = 2;
+  static constexpr int kThreads = 384;
+  static constexpr int kPanelRows = 128;                      // rows of one TMA box
+  static constexpr int kPanelBytes = kPanelRows * 64 * 2;     // 128 rows x 64 d x bf16
+  static constexpr int kTileBytes = 2 * kPanelBytes;          // a 128 x 128 tile: two panels
+  static constexpr int kQOffset = 0;
+  static constexpr int kKOffset = kQOffset + kTileBytes;
+  static constexpr int kVOffset = kKOffset + kStages * kTileBytes;
+  static constexpr int kBarOffset = kVOffset + kStages * kTileBytes;
+  static constexpr int kSmemBytes = kBarOffset + 128 + 1024;  // barriers, alignment slack
+  // Register split (setmaxnreg): 128 x 40 + 256 x 232 = 64512 of the SM''s 65536.
+  static constexpr int kProducerRegs = 40;
+  static constexpr int kConsumerRegs = 232;
+};
+
+struct Barriers {
+  uint64_t q_full;
+  uint64_t k_full[2], v_full[2];
+  uint64_t k_empty[2], v_empty[2];
+};
+
+// The producer: Q, then every K/V tile this CTA''s rows can see, two stages ahead.
+__device__ __forceinline__ void produce(const AvoAttentionParams& p, unsigned char* smem,
+                                        Barriers& bars, int m0, int h, int hk, int b, int n_tiles) {
+  using S = Hd128Shape;
+  mbar_arrive_expect_tx(&bars.q_full, S::kTileBytes);
+  for (int panel = 0; panel < 2; ++panel)
+    tma_load_4d(smem + S::kQOffset + panel * S::kPanelBytes, &p.tma[AVO_TENSOR_Q], &bars.q_full,
+                64 * panel, h, m0, b);
+  for (int j = 0; j < n_tiles; ++j) {
+    const int stage = j % S::kStages;
+    const uint32_t parity = ((j / S::kStages) & 1) ^ 1;
+    const int n0 = j * S::kBlockN;
+    mbar_wait(&bars.k_empty[stage], parity);
+    mbar_arrive_expect_tx(&bars.k_full[stage], S::kTileBytes);
+    for (int panel = 0; panel < 2; ++panel)
+      tma_load_4d(smem + S::kKOffset + stage * S::kTileBytes + panel * S::kPanelBytes,
+                  &p.tma[AVO_TENSOR_K], &bars.k_full[stage], 64 * panel, hk, n0, b);
+    mbar_wait(&bars.v_empty[stage], parity);
+    mbar_arrive_expect_tx(&bars.v_full[stage], S::kTileBytes);
+    for (int panel = 0; panel < 2; ++panel)
+      tma_load_4d(smem + S::kVOffset + stage * S::kTileBytes + panel * S::kPanelBytes,
+                  &p.tma[AVO_TENSOR_V], &bars.v_full[stage], 64 * panel, hk, n0, b);
+  }
+}
+
+// Online softmax of one 64 x 128 score tile held as wgmma accumulators (layout in hopper.cuh):
+// masks invisible keys, updates the running max m and sum l of this thread''s two rows, rescales
+// O by alpha = 2^(m_old - m_new), and leaves P = 2^(S * scale_log2 - m) in `s`.
+template <bool kMask>
+__device__ __forceinline__ void online_softmax(float (&s)[64], float (&o)[64], float (&m)[2],
+                                               float (&l)[2], float scale_log2, int row0,
+                                               int col0, int seqlen_k, int diag, bool causal) {
+#pragma unroll
+  for (int half = 0; half < 2; ++half) {
+    const int row = row0 + 8 * half;
+    float tile_max = -INFINITY;
+#pragma unroll
+    for (int j = 0; j < 16; ++j) {
+#pragma unroll
+      for (int e = 0; e < 2; ++e) {
+        float& x = s[4 * j + 2 * half + e];
+        if (kMask) {
+          const int col = col0 + 8 * j + e;
+          if (col >= seqlen_k || (causal && col > row + diag)) x = -INFINITY;
+        }
+        tile_max = fmaxf(tile_max, x);
+      }
+    }
+    tile_max = fmaxf(tile_max, __shfl_xor_sync(0xffffffffu, tile_max, 1));
+    tile_max = fmaxf(tile_max, __shfl_xor_sync(0xffffffffu, tile_max, 2));
+    const float m_new = fmaxf(m[half], tile_max);
+    // A row that has seen no visible key keeps m = -inf; subtracting 0 keeps 2^(-inf) = 0
+    // instead of NaN.
+    const float m_scaled = m_new == -INFINITY ? 0.f : m_new * scale_log2;
+    const float alpha = exp2_approx(m[half] * scale_log2 - m_scaled);
+    m[half] = m_new;
+    float sum = 0.f;
+#pragma unroll
+    for (int j = 0; j < 16; ++j) {
+#pragma unroll
+      for (int e = 0; e < 2; ++e) {
+        float& x = s[4 * j + 2 * half + e];
+        x = exp2_approx(fmaf(x, scale_log2, -m_scaled));
+        sum += x;
+      }
+    }
+    l[half] = l[half] * alpha + sum;
+#pragma unroll
+    for (int j = 0; j < 16; ++j) {
+      o[4 * j + 2 * half] *= alpha;
+      o[4 * j + 2 * half + 1] *= alpha;
+    }
+  }
+}
+
+// One consumer warpgroup: 64 query rows, every K/V tile, then the epilogue.
+__device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned char* smem,
+                                        Barriers& bars, int wg, int m0, int h, int b, int n_tiles,
+                                        int diag) {
+  using S = Hd128Shape;
+  const int lane = threadIdx.x % 32;
+  const int warp = (threadIdx.x / 32) % 4;  // warp within the warpgroup
+  const int g = lane / 4;
+  const int t = lane % 4;
+  const bool causal = p.causal != 0;
+  const float scale_log2 = p.scale_log2;
+  const int row0 = m0 + 64 * wg + 16 * warp + g;  // this thread''s first row (and row0 + 8)
+
+  float o[64];
+#pragma unroll
+  for (int i = 0; i < 64; ++i) o[i] = 0.f;
+  float m[2] = {-INFINITY, -INFINITY};
+  float l[2] = {0.f, 0.f};
+
+  const unsigned char* q_rows = smem + S::kQOffset + wg * 64 * 128;  // this warpgroup''s 64 rows
+  mbar_wait(&bars.q_full, 0);
+
+  for (int j = 0; j < n_tiles; ++j) {
+    const int stage = j % S::kStages;
+    const uint32_t parity = (j / S::kStages) & 1;
+    const unsigned char* k_tile = smem + S::kKOffset + stage * S::kTileBytes;
+    const unsigned char* v_tile = smem + S::kVOffset + stage * S::kTileBytes;
+
+    // S = Q K^T: 8 k-steps of 16 d; step kk is 32 bytes into panel kk / 4 of Q and K.
+    float s[64];
+    mbar_wait(&bars.k_full[stage], parity);
+    wgmma_fence();
+#pragma unroll
+    for (int kk = 0; kk < 8; ++kk) {
+      const int off = (kk / 4) * S::kPanelBytes + (kk % 4) * 32;
+      wgmma_m64n128k16_ss(s, smem_desc(q_rows + off, 16, 1024), smem_desc(k_tile + off, 16, 1024),
+                          kk > 0);
+    }
+    wgmma_commit();
+    wgmma_wait<0>();
+    fence_regs(s);
+    if (lane == 0) mbar_arrive(&bars.k_empty[stage]);
+
+    const int n0 = j * S::kBlockN;
+    const bool mask = n0 + S::kBlockN > p.seqlen_k || (causal && n0 + S::kBlockN - 1 > m0 + diag);
+    if (mask)
+      online_softmax<true>(s, o, m, l, scale_log2, row0, n0 + 2 * t, p.seqlen_k, diag, causal);
+    else
+      online_softmax<false>(s, o, m, l, scale_log2, row0, n0 + 2 * t, p.seqlen_k, diag, causal);
+
+    // P to bf16 A fragments: accumulator tiles 2kk, 2kk+1 are k-step kk of P V.
+    uint32_t pa[8][4];
+#pragma unroll
+    for (int kk = 0; kk < 8; ++kk) {
+      pa[kk][0] = pack_bf16x2(s[8 * kk + 0], s[8 * kk + 1]);
+      pa[kk][1] = pack_bf16x2(s[8 * kk + 2], s[8 * kk + 3]);
+      pa[kk][2] = pack_bf16x2(s[8 * kk + 4], s[8 * kk + 5]);
+      pa[kk][3] = pack_bf16x2(s[8 * kk + 6], s[8 * kk + 7]);
+    }
+
+    // O += P V: 8 k-steps of 16 keys; step kk starts 16 rows (2048 bytes) into each V panel.
+    mbar_wait(&bars.v_full[stage], parity);
+    wgmma_fence();
+#pragma unroll
+    for (int kk = 0; kk < 8; ++kk)
+      wgmma_m64n128k16_rs_mn(o, pa[kk], smem_desc(v_tile + kk * 2048, S::kPanelBytes, 1024));
+    wgmma_commit();
+    wgmma_wait<0>();
+    fence_regs(o);
+    if (lane == 0) mbar_arrive(&bars.v_empty[stage]);
+  }
+
+  // Epilogue: O / l in bf16, lse = (m * scale_log2 + log2 l) * ln 2. Rows that saw no key get
+  // O = 0 and lse = -inf.
+#pragma unroll
+  for (int half = 0; half < 2; ++half) {
+    float sum = l[half];
+    sum += __shfl_xor_sync(0xffffffffu, sum, 1);
+    sum += __shfl_xor_sync(0xffffffffu, sum, 2);
+    const int row = row0 + 8 * half;
+    if (row >= p.seqlen_q) continue;
+    const float inv = sum > 0.f ? 1.f / sum : 0.f;
+    bf16* o_row = static_cast<bf16*>(p.o) + b * p.q_stride_b + row * p.q_stride_s +
+                  h * p.q_stride_h;
+#pragma unroll
+    for (int j = 0; j < 16; ++j) {
+      *reinterpret_cast<__nv_bfloat162*>(o_row + 8 * j + 2 * t) = __floats2bfloat162_rn(
+          o[4 * j + 2 * half] * inv, o[4 * j + 2 * half + 1] * inv);
+    }
+    if (t == 0) {
+      const float lse =
+          sum > 0.f ? (m[half] * scale_log2 + log2f(sum)) * 0.69314718055994531f : -INFINITY;
+      p.lse[b * p.lse_stride_b + h * p.lse_stride_h + row] = lse;
+    }
+  }
+}
+
+// The CTA: query m-tile (reversed for causal, heaviest first) x head x batch.
+__device__ __forceinline__ void flash_fwd_hd128(const AvoAttentionParams& p) {
+  using S = Hd128Shape;
+  extern __shared__ unsigned char smem_raw[];
+  // TMA''s 128-byte swizzle repeats every 1024 bytes: tiles start on that boundary.
+  unsigned char* smem = reinterpret_cast<unsigned char*>(
+      (reinterpret_cast<uintptr_t>(smem_raw) + 1023) & ~static_cast<uintptr_t>(1023));
+  Barriers& bars = *reinterpret_cast<Barriers*>(smem + S::kBarOffset);
+
+  const bool causal = p.causal != 0;
+  const int m_tile = causal ? p.num_m_tiles - 1 - static_cast<int>(blockIdx.x) : blockIdx.x;
+  const int m0 = m_tile * S::kBlockM;
+  const int h = blockIdx.y;
+  const int b = blockIdx.z;
+  const int hk = h / p.group;
+  // Bottom-right causal alignment: query i sees key j iff j <= i + diag.
+  const int diag = p.seqlen_k - p.seqlen_q;
+  int n_end = p.seqlen_k;
+  if (causal) n_end = min(p.seqlen_k, max(0, m0 + S::kBlockM + diag));
+  const int n_tiles = (n_end + S::kBlockN - 1) / S::kBlockN;
+
+  if (threadIdx.x == 0) {
+    mbar_init(&bars.q_full, 1);
+    for (int s = 0; s < S::kStages; ++s) {
+      mbar_init(&bars.k_full[s], 1);
+      mbar_init(&bars.v_full[s], 1);
+      mbar_init(&bars.k_empty[s], 8);  // one arrival per consumer warp
+      mbar_init(&bars.v_empty[s], 8);
+    }
+    mbar_fence_init();
+  }
+  __syncthreads();
+
+  const int warpgroup = threadIdx.x / 128;
+  if (warpgroup == 0) {
+    regs_release<S::kProducerRegs>();
+    if (threadIdx.x == 0) produce(p, smem, bars, m0, h, hk, b, n_tiles);
+  } else {
+    regs_claim<S::kConsumerRegs>();
+    consume(p, smem, bars, warpgroup - 1, m0, h, b, n_tiles, diag);
+  }
+}
+
+}  // namespace avo_hopper
diff --git a/kernel/hopper.cuh b/kernel/hopper.cuh
new file mode 100644
index 0000000..8d110d6
--- /dev/null
+++ b/kernel/hopper.cuh
@@ -0,0 +1,198 @@
+// hopper.cuh -- the Hopper (sm_90a) instructions the wgmma kernel is built from, one thin
+// wrapper each: mbarriers, TMA tensor loads, warpgroup MMA (wgmma) with its shared-memory
+// descriptors, and register reallocation (setmaxnreg). PTX ISA 8.x, sections "Asynchronous
+// Warpgroup Level Matrix Multiply-Accumulate", "cp.async.bulk.tensor", "mbarrier", "setmaxnreg".
+//
+// Shared-memory tiles (Q, K, V) are what one TMA box of (64 d, 1 head, R rows, 1 batch) with the
+// 128-byte swizzle writes: R rows of 64 bf16 (128 bytes each), the 16-byte chunk c of row r
+// stored at chunk c ^ (r % 8). A head dim of 128 is two such "panels" (d 0..63, d 64..127) one
+// after the other. Every panel starts at a multiple of 1024 bytes, where the swizzle''s 8-row
+// pattern starts.
+//
+// wgmma.m64nNk16 register layouts (PTX ISA, "Register Fragments" for .m64nNk16), for thread
+// `lane` of warp w (0..3) of the warpgroup, g = lane / 4, t = lane % 4:
+//   accumulator D (64 x N, fp32): d[4j + e] = D[16w + g + 8 * (e / 2)][8j + 2t + e % 2],
+//                                 j = 0 .. N/8 - 1, e = 0..3
+//   A from registers (64 x 16, bf16x2 per register):
+//                                 a[0] = A[16w + g][2t, 2t+1],     a[1] = A[16w + g + 8][2t, 2t+1],
+//                                 a[2] = A[16w + g][2t+8, 2t+9],   a[3] = A[16w + g + 8][2t+8, 2t+9]
+// so the accumulator tiles j = 2k, 2k+1 of one product, packed to bf16, are the A operand of
+// k-step k of the next (P = softmax(S) goes from QK^T''s accumulators to PV''s A in registers).
+#pragma once
+
+#include <cuda_bf16.h>
+
+#include <cstdint>
+
+namespace avo_hopper {
+
+__device__ __forceinline__ uint32_t smem_u32(const void* p) {
+  return static_cast<uint32_t>(__cvta_generic_to_shared(p));
+}
+
+// ---- mbarriers (shared-memory barriers with a transaction count) ----------------------------
+
+__device__ __forceinline__ void mbar_init(uint64_t* bar, uint32_t arrivals) {
+  asm volatile("mbarrier.init.shared::cta.b64 [%0], %1;\n" ::"r"(smem_u32(bar)), "r"(arrivals));
+}
+
+// Makes the initialised barriers visible to the async proxy (TMA) before first use.
+__device__ __forceinline__ void mbar_fence_init() {
+  asm volatile("fence.mbarrier_init.release.cluster;\n" ::: "memory");
+}
+
+// One arrival that also announces `bytes` of TMA traffic the phase must wait for.
+__device__ __forceinline__ void mbar_arrive_expect_tx(uint64_t* bar, uint32_t bytes) {
+  asm volatile("mbarrier.arrive.expect_tx.shared::cta.b64 _, [%0], %1;\n" ::"r"(smem_u32(bar)),
+               "r"(bytes)
+               : "memory");
+}
+
+__device__ __forceinline__ void mbar_arrive(uint64_t* bar) {
+  asm volatile("mbarrier.arrive.shared::cta.b64 _, [%0];\n" ::"r"(smem_u32(bar)) : "memory");
+}
+
+// Blocks until the phase with parity `parity` has completed. A fresh barrier is in phase 0, and
+// waiting for parity 1 returns at once (the phase "before" it counts as complete): producers wait
+// on empty barriers with the flipped parity so that their first pass does not block.
+__device__ __forceinline__ void mbar_wait(uint64_t* bar, uint32_t parity) {
+  asm volatile(
+      "{\n"
+      ".reg .pred done;\n"
+      "WAIT:\n"
+      "mbarrier.try_wait.parity.shared::cta.b64 done, [%0], %1;\n"
+      "@!done bra WAIT;\n"
+      "}\n" ::"r"(smem_u32(bar)),
+      "r"(parity)
+      : "memory");
+}
+
+// ---- TMA -----------------------------------------------------------------------------------
+
+// Loads the box at element coordinates (d, h, s, b) of the tensor map into `dst`; the bytes
+// complete on `bar`. Coordinates past the tensor''s end read as zeros.
+__device__ __forceinline__ void tma_load_4d(void* dst, const CUtensorMap* map, uint64_t* bar, int d,
+                                            int h, int s, int b) {
+  asm volatile(
+      "cp.async.bulk.tensor.4d.shared::cluster.global.tile.mbarrier::complete_tx::bytes"
+      " [%0], [%1, {%2, %3, %4, %5}], [%6];\n" ::"r"(smem_u32(dst)),
+      "l"(reinterpret_cast<uint64_t>(map)), "r"(d), "r"(h), "r"(s), "r"(b), "r"(smem_u32(bar))
+      : "memory");
+}
+
+// ---- register reallocation between warpgroups ----------------------------------------------
+
+template <int kRegs>
+__device__ __forceinline__ void regs_release() {
+  asm volatile("setmaxnreg.dec.sync.aligned.u32 %0;\n" ::"n"(kRegs));
+}
+template <int kRegs>
+__device__ __forceinline__ void regs_claim() {
+  asm volatile("setmaxnreg.inc.sync.aligned.u32 %0;\n" ::"n"(kRegs));
+}
+
+// ---- wgmma ---------------------------------------------------------------------------------
+
+// A shared-memory matrix descriptor (PTX ISA, "Matrix Descriptor Format"): start address, the
+// leading- and stride-dimension byte offsets (all in 16-byte units), and the 128-byte swizzle.
+//   K-major operand (Q and K in S = Q K^T): rows of 64 d, 8-row groups 1024 bytes apart (SBO);
+//     LBO is unused because one k-step (16 d = 32 bytes) never leaves a 128-byte row.
+//   MN-major operand (V in O = P V, rows are keys = the k dimension): 8-key groups 1024 bytes
+//     apart (SBO), 64-wide d panels `panel_bytes` apart (LBO).
+__device__ __forceinline__ uint64_t smem_desc(const void* p, uint32_t lbo_bytes, uint32_t sbo_bytes) {
+  uint64_t desc = (smem_u32(p) & 0x3FFFF) >> 4;
+  desc |= static_cast<uint64_t>((lbo_bytes >> 4) & 0x3FFF) << 16;
+  desc |= static_cast<uint64_t>((sbo_bytes >> 4) & 0x3FFF) << 32;
+  desc |= 1ull << 62;  // 128-byte swizzle
+  return desc;
+}
+
+// Orders this thread''s register accesses before the asynchronous MMAs that follow.
+__device__ __forceinline__ void wgmma_fence() {
+  asm volatile("wgmma.fence.sync.aligned;\n" ::: "memory");
+}
+__device__ __forceinline__ void wgmma_commit() {
+  asm volatile("wgmma.commit_group.sync.aligned;\n" ::: "memory");
+}
+// Waits until at most N committed groups of this warpgroup are still running.
+template <int N>
+__device__ __forceinline__ void wgmma_wait() {
+  asm volatile("wgmma.wait_group.sync.aligned %0;\n" ::"n"(N) : "memory");
+}
+
+// Pins registers in place around asynchronous MMAs: the compiler may not move their reads or
+// writes across this point (it believes the empty asm reads and writes them).
+template <int N>
+__device__ __forceinline__ void fence_regs(float (&r)[N]) {
+#pragma unroll
+  for (int i = 0; i < N; ++i) asm volatile("" : "+f"(r[i])::"memory");
+}
+
+#define AVO_D64(d)                                                                                  \
+  "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]),   \
+      "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]),      \
+      "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]),    \
+      "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]),    \
+      "+f"(d[29]), "+f"(d[30]), "+f"(d[31]), "+f"(d[32]), "+f"(d[33]), "+f"(d[34]), "+f"(d[35]),    \
+      "+f"(d[36]), "+f"(d[37]), "+f"(d[38]), "+f"(d[39]), "+f"(d[40]), "+f"(d[41]), "+f"(d[42]),    \
+      "+f"(d[43]), "+f"(d[44]), "+f"(d[45]), "+f"(d[46]), "+f"(d[47]), "+f"(d[48]), "+f"(d[49]),    \
+      "+f"(d[50]), "+f"(d[51]), "+f"(d[52]), "+f"(d[53]), "+f"(d[54]), "+f"(d[55]), "+f"(d[56]),    \
+      "+f"(d[57]), "+f"(d[58]), "+f"(d[59]), "+f"(d[60]), "+f"(d[61]), "+f"(d[62]), "+f"(d[63])
+
+#define AVO_D64_LIST                                        \
+  "{%0, %1, %2, %3, %4, %5, %6, %7, "                       \
+  "%8, %9, %10, %11, %12, %13, %14, %15, "                  \
+  "%16, %17, %18, %19, %20, %21, %22, %23, "                \
+  "%24, %25, %26, %27, %28, %29, %30, %31, "                \
+  "%32, %33, %34, %35, %36, %37, %38, %39, "                \
+  "%40, %41, %42, %43, %44, %45, %46, %47, "                \
+  "%48, %49, %50, %51, %52, %53, %54, %55, "                \
+  "%56, %57, %58, %59, %60, %61, %62, %63}"
+
+// D(64x128 fp32) = A(64x16, shared, K-major) * B(16x128, shared, K-major) + (accumulate ? D : 0).
+__device__ __forceinline__ void wgmma_m64n128k16_ss(float (&d)[64], uint64_t desc_a,
+                                                    uint64_t desc_b, bool accumulate) {
+  asm volatile(
+      "{\n"
+      ".reg .pred acc;\n"
+      "setp.ne.b32 acc, %66, 0;\n"
+      "wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 " AVO_D64_LIST
+      ", %64, %65, acc, 1, 1, 0, 0;\n"
+      "}\n"
+      : AVO_D64(d)
+      : "l"(desc_a), "l"(desc_b), "r"(static_cast<int>(accumulate)));
+}
+
+// D(64x128 fp32) += A(64x16, bf16 registers as above) * B(16x128, shared, MN-major).
+__device__ __forceinline__ void wgmma_m64n128k16_rs_mn(float (&d)[64], const uint32_t (&a)[4],
+                                                       uint64_t desc_b) {
+  asm volatile(
+      "{\n"
+      ".reg .pred acc;\n"
+      "setp.ne.b32 acc, %69, 0;\n"
+      "wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 " AVO_D64_LIST
+      ", {%64, %65, %66, %67}, %68, acc, 1, 1, 1;\n"
+      "}\n"
+      : AVO_D64(d)
+      : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "l"(desc_b), "r"(1));
+}
+
+#undef AVO_D64_LIST
+#undef AVO_D64
+
+// ---- math ----------------------------------------------------------------------------------
+
+// 2^x on the SFU (MUFU.EX2), flushing denormal results to zero: what softmax needs, without the
+// range fix-up code exp2f carries when fast math is off.
+__device__ __forceinline__ float exp2_approx(float x) {
+  float y;
+  asm("ex2.approx.ftz.f32 %0, %1;\n" : "=f"(y) : "f"(x));
+  return y;
+}
+
+__device__ __forceinline__ uint32_t pack_bf16x2(float lo, float hi) {
+  __nv_bfloat162 v = __floats2bfloat162_rn(lo, hi);
+  return *reinterpret_cast<uint32_t*>(&v);
+}
+
+}  // namespace avo_hopper
','','mha_s4096_nc             correct       587.2 TFLOPS
  ws1                    correct       273.0 TFLOPS  candidate/ws1 2.1514
mha_s8192_nc             correct       611.6 TFLOPS
  ws1                    correct       277.1 TFLOPS  candidate/ws1 2.2068
mha_s16384_nc            correct       624.1 TFLOPS
  ws1                    correct       276.9 TFLOPS  candidate/ws1 2.2543
mha_s32768_nc            correct       630.3 TFLOPS
  ws1                    correct       279.5 TFLOPS  candidate/ws1 2.2552
mha_s4096_c              correct       525.3 TFLOPS
  ws1                    correct       220.1 TFLOPS  candidate/ws1 2.3865
mha_s8192_c              correct       578.7 TFLOPS
  ws1                    correct       229.0 TFLOPS  candidate/ws1 2.5272
mha_s16384_c             correct       621.7 TFLOPS
  ws1                    correct       234.1 TFLOPS  candidate/ws1 2.6554
mha_s32768_c             correct       637.5 TFLOPS
  ws1                    correct       237.6 TFLOPS  candidate/ws1 2.6834
geomean 601.0 TFLOPS over 8 configs
',1.443843861,48.159735832999999,51.838878831999999,0,0,0.0,'','603f1a6c2243caf58adcfe5192f1215a244d92e4',3,'2026-12-06T05:27:15Z','2026-12-06T05:28:07Z',0);
INSERT INTO "attempts" VALUES(5,5,'claude-opus',3,'603f1a6c2243caf58adcfe5192f1215a244d92e4','committed','scored','mha',1,677.66626449026865,'TFLOPS',592.61233698821525,'{"confidence":0.95,"configs":[{"hi":1.14845349264077,"lo":1.146338531207186,"name":"mha_s4096_nc","ratio":1.147419428655774},{"hi":1.1520226665684627,"lo":1.1496138353750758,"name":"mha_s8192_nc","ratio":1.1507885204708515},{"hi":1.1566073086668034,"lo":1.1529147861586735,"name":"mha_s16384_nc","ratio":1.1548026818487485},{"hi":1.1539410244173878,"lo":1.1488033152107966,"name":"mha_s32768_nc","ratio":1.1513131929303735},{"hi":1.1252919575317064,"lo":1.1214549283073982,"name":"mha_s4096_c","ratio":1.1232790090792597},{"hi":1.1376765653789778,"lo":1.1351726174829924,"name":"mha_s8192_c","ratio":1.136443810638869},{"hi":1.1453777489811499,"lo":1.1423120463596892,"name":"mha_s16384_c","ratio":1.1439002771879914},{"hi":1.1453966168440122,"lo":1.1419840273185926,"name":"mha_s32768_c","ratio":1.1436919305114486}],"hi":1.1444880956070358,"lo":1.1433400074536688,"ratio":1.1439155858625571,"rounds":18}','committed as v4: accepted: geomean ratio 1.1439 [1.1433, 1.1445] (95%, 18 paired rounds): lower bound > 1.0050 (against v3 measured beside it, 592.6 TFLOPS)','Intra-warpgroup pipelining: the softmax of tile j runs while the tensor cores compute P_{j-1} V_{j-1}

In v3 each consumer warpgroup runs S = Q K^T, waits, does the online softmax, then runs P V and
waits again: while the softmax''s FMAs, MUFU.EX2s and quad shuffles execute (about a third of a
tile''s time at head dim 128), the warpgroup''s tensor-core work stops. Here the tiles are
software-pipelined inside the warpgroup (FlashAttention-3, section 3.2, Algorithm 2):
  prologue   S_0 = Q K_0^T; softmax(S_0) -> P_0
  tile j     issue S_j = Q K_j^T and O += P_{j-1} V_{j-1} back to back (two commit groups);
             wgmma.wait_group 1 (S_j done), release K_j, softmax(S_j) while P_{j-1} V_{j-1}
             runs; wgmma.wait_group 0, release V_{j-1}, O *= alpha_j, P_j = bf16(S_j)
  epilogue   O += P_last V_last
The online softmax no longer touches O: it returns alpha and the rescale waits for the PV
product that is still accumulating into O. P''s registers are pinned (empty asm with "+r") until
that product completes, so the compiler cannot reuse them while wgmma still reads them.
Registers: S (64) + P (32) + O (64) per thread live at once, within the consumers'' 232;
ptxas: 168 at launch, 0 spills.

Measured beforehand in the same session on this GPU (NVIDIA H100 80GB HBM3, 580.159.04, 1980 MHz), the harness
beside cuDNN on fresh inputs, suite mha:
    mha_s4096_nc           correct     668.3 TFLOPS  cuDNN   668.0  ratio 1.000 
    mha_s8192_nc           correct     695.8 TFLOPS  cuDNN   678.2  ratio 1.026 
    mha_s16384_nc          correct     711.6 TFLOPS  cuDNN   689.9  ratio 1.031 
    mha_s32768_nc          correct     718.7 TFLOPS  cuDNN   693.9  ratio 1.036 
    mha_s4096_c            correct     583.4 TFLOPS  cuDNN   581.3  ratio 1.004 
    mha_s8192_c            correct     647.4 TFLOPS  cuDNN   619.6  ratio 1.045 
    mha_s16384_c           correct     697.2 TFLOPS  cuDNN   650.4  ratio 1.072 
    mha_s32768_c           correct     716.8 TFLOPS  cuDNN   665.8  ratio 1.077 
    geomean 678.4 TFLOPS  ratio geomean 1.036
','diff --git a/kernel/flash_fwd_hopper.cuh b/kernel/flash_fwd_hopper.cuh
index b7957a2..6b105e8 100644
--- a/kernel/flash_fwd_hopper.cuh
+++ b/kernel/flash_fwd_hopper.cuh
@@ -82,11 +82,13 @@ __device__ __forceinline__ void produce(const AvoAttentionParams& p, unsigned ch
 }
 
 // Online softmax of one 64 x 128 score tile held as wgmma accumulators (layout in hopper.cuh):
-// masks invisible keys, updates the running max m and sum l of this thread''s two rows, rescales
-// O by alpha = 2^(m_old - m_new), and leaves P = 2^(S * scale_log2 - m) in `s`.
+// masks invisible keys, updates the running max m and sum l of this thread''s two rows, leaves
+// P = 2^(S * scale_log2 - m) in `s` and returns in `alpha` the factor 2^(m_old - m_new) by which
+// O must be rescaled. O itself is not touched here: in the pipeline below the previous tile''s
+// P V is still accumulating into it while this runs.
 template <bool kMask>
-__device__ __forceinline__ void online_softmax(float (&s)[64], float (&o)[64], float (&m)[2],
-                                               float (&l)[2], float scale_log2, int row0,
+__device__ __forceinline__ void online_softmax(float (&s)[64], float (&m)[2], float (&l)[2],
+                                               float (&alpha)[2], float scale_log2, int row0,
                                                int col0, int seqlen_k, int diag, bool causal) {
 #pragma unroll
   for (int half = 0; half < 2; ++half) {
@@ -110,7 +112,7 @@ __device__ __forceinline__ void online_softmax(float (&s)[64], float (&o)[64], f
     // A row that has seen no visible key keeps m = -inf; subtracting 0 keeps 2^(-inf) = 0
     // instead of NaN.
     const float m_scaled = m_new == -INFINITY ? 0.f : m_new * scale_log2;
-    const float alpha = exp2_approx(m[half] * scale_log2 - m_scaled);
+    alpha[half] = exp2_approx(m[half] * scale_log2 - m_scaled);
     m[half] = m_new;
     float sum = 0.f;
 #pragma unroll
@@ -122,16 +124,69 @@ __device__ __forceinline__ void online_softmax(float (&s)[64], float (&o)[64], f
         sum += x;
       }
     }
-    l[half] = l[half] * alpha + sum;
+    l[half] = l[half] * alpha[half] + sum;
+  }
+}
+
+__device__ __forceinline__ void rescale(float (&o)[64], const float (&alpha)[2]) {
 #pragma unroll
-    for (int j = 0; j < 16; ++j) {
-      o[4 * j + 2 * half] *= alpha;
-      o[4 * j + 2 * half + 1] *= alpha;
-    }
+  for (int j = 0; j < 16; ++j) {
+    o[4 * j + 0] *= alpha[0];
+    o[4 * j + 1] *= alpha[0];
+    o[4 * j + 2] *= alpha[1];
+    o[4 * j + 3] *= alpha[1];
+  }
+}
+
+// P to bf16 A fragments: accumulator tiles 2kk, 2kk+1 are k-step kk of P V.
+__device__ __forceinline__ void pack_p(uint32_t (&pa)[8][4], const float (&s)[64]) {
+#pragma unroll
+  for (int kk = 0; kk < 8; ++kk) {
+    pa[kk][0] = pack_bf16x2(s[8 * kk + 0], s[8 * kk + 1]);
+    pa[kk][1] = pack_bf16x2(s[8 * kk + 2], s[8 * kk + 3]);
+    pa[kk][2] = pack_bf16x2(s[8 * kk + 4], s[8 * kk + 5]);
+    pa[kk][3] = pack_bf16x2(s[8 * kk + 6], s[8 * kk + 7]);
+  }
+}
+
+// Keeps P''s registers allocated until the P V that reads them asynchronously has completed.
+__device__ __forceinline__ void fence_p(uint32_t (&pa)[8][4]) {
+#pragma unroll
+  for (int kk = 0; kk < 8; ++kk) {
+#pragma unroll
+    for (int i = 0; i < 4; ++i) asm volatile("" : "+r"(pa[kk][i])::"memory");
+  }
+}
+
+// Issues S = Q K^T for one tile: 8 k-steps of 16 d; step kk is 32 bytes into panel kk / 4.
+__device__ __forceinline__ void issue_qk(float (&s)[64], const unsigned char* q_rows,
+                                         const unsigned char* k_tile) {
+  using S = Hd128Shape;
+  wgmma_fence();
+#pragma unroll
+  for (int kk = 0; kk < 8; ++kk) {
+    const int off = (kk / 4) * S::kPanelBytes + (kk % 4) * 32;
+    wgmma_m64n128k16_ss(s, smem_desc(q_rows + off, 16, 1024), smem_desc(k_tile + off, 16, 1024),
+                        kk > 0);
   }
+  wgmma_commit();
 }
 
-// One consumer warpgroup: 64 query rows, every K/V tile, then the epilogue.
+// Issues O += P V for one tile: 8 k-steps of 16 keys, step kk 2048 bytes into each V panel.
+__device__ __forceinline__ void issue_pv(float (&o)[64], const uint32_t (&pa)[8][4],
+                                         const unsigned char* v_tile) {
+  using S = Hd128Shape;
+  wgmma_fence();
+#pragma unroll
+  for (int kk = 0; kk < 8; ++kk)
+    wgmma_m64n128k16_rs_mn(o, pa[kk], smem_desc(v_tile + kk * 2048, S::kPanelBytes, 1024));
+  wgmma_commit();
+}
+
+// One consumer warpgroup: 64 query rows, every K/V tile, then the epilogue. The tiles are
+// software-pipelined inside the warpgroup (FlashAttention-3, section 3.2): S_j = Q K_j^T and
+// O += P_{j-1} V_{j-1} are issued together, the softmax of S_j runs while the tensor cores work
+// on P_{j-1} V_{j-1}, and only the rescale of O waits for that product.
 __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned char* smem,
                                         Barriers& bars, int wg, int m0, int h, int b, int n_tiles,
                                         int diag) {
@@ -149,58 +204,60 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
   for (int i = 0; i < 64; ++i) o[i] = 0.f;
   float m[2] = {-INFINITY, -INFINITY};
   float l[2] = {0.f, 0.f};
+  float alpha[2];
+  float s[64];
+  uint32_t pa[8][4];
 
   const unsigned char* q_rows = smem + S::kQOffset + wg * 64 * 128;  // this warpgroup''s 64 rows
-  mbar_wait(&bars.q_full, 0);
-
-  for (int j = 0; j < n_tiles; ++j) {
-    const int stage = j % S::kStages;
-    const uint32_t parity = (j / S::kStages) & 1;
-    const unsigned char* k_tile = smem + S::kKOffset + stage * S::kTileBytes;
-    const unsigned char* v_tile = smem + S::kVOffset + stage * S::kTileBytes;
+  auto k_tile = [&](int j) { return smem + S::kKOffset + (j % S::kStages) * S::kTileBytes; };
+  auto v_tile = [&](int j) { return smem + S::kVOffset + (j % S::kStages) * S::kTileBytes; };
+  auto parity = [](int j) { return static_cast<uint32_t>((j / S::kStages) & 1); };
+  auto softmax = [&](int j) {
+    const int n0 = j * S::kBlockN;
+    if (n0 + S::kBlockN > p.seqlen_k || (causal && n0 + S::kBlockN - 1 > m0 + diag))
+      online_softmax<true>(s, m, l, alpha, scale_log2, row0, n0 + 2 * t, p.seqlen_k, diag, causal);
+    else
+      online_softmax<false>(s, m, l, alpha, scale_log2, row0, n0 + 2 * t, p.seqlen_k, diag,
+                            causal);
+  };
 
-    // S = Q K^T: 8 k-steps of 16 d; step kk is 32 bytes into panel kk / 4 of Q and K.
-    float s[64];
-    mbar_wait(&bars.k_full[stage], parity);
-    wgmma_fence();
-#pragma unroll
-    for (int kk = 0; kk < 8; ++kk) {
-      const int off = (kk / 4) * S::kPanelBytes + (kk % 4) * 32;
-      wgmma_m64n128k16_ss(s, smem_desc(q_rows + off, 16, 1024), smem_desc(k_tile + off, 16, 1024),
-                          kk > 0);
-    }
-    wgmma_commit();
+  mbar_wait(&bars.q_full, 0);
+  if (n_tiles > 0) {
+    // Prologue: S_0 alone.
+    mbar_wait(&bars.k_full[0], 0);
+    issue_qk(s, q_rows, k_tile(0));
     wgmma_wait<0>();
     fence_regs(s);
-    if (lane == 0) mbar_arrive(&bars.k_empty[stage]);
+    if (lane == 0) mbar_arrive(&bars.k_empty[0]);
+    softmax(0);
+    pack_p(pa, s);
 
-    const int n0 = j * S::kBlockN;
-    const bool mask = n0 + S::kBlockN > p.seqlen_k || (causal && n0 + S::kBlockN - 1 > m0 + diag);
-    if (mask)
-      online_softmax<true>(s, o, m, l, scale_log2, row0, n0 + 2 * t, p.seqlen_k, diag, causal);
-    else
-      online_softmax<false>(s, o, m, l, scale_log2, row0, n0 + 2 * t, p.seqlen_k, diag, causal);
-
-    // P to bf16 A fragments: accumulator tiles 2kk, 2kk+1 are k-step kk of P V.
-    uint32_t pa[8][4];
-#pragma unroll
-    for (int kk = 0; kk < 8; ++kk) {
-      pa[kk][0] = pack_bf16x2(s[8 * kk + 0], s[8 * kk + 1]);
-      pa[kk][1] = pack_bf16x2(s[8 * kk + 2], s[8 * kk + 3]);
-      pa[kk][2] = pack_bf16x2(s[8 * kk + 4], s[8 * kk + 5]);
-      pa[kk][3] = pack_bf16x2(s[8 * kk + 6], s[8 * kk + 7]);
+    for (int j = 1; j < n_tiles; ++j) {
+      const int prev = (j - 1) % S::kStages;
+      mbar_wait(&bars.k_full[j % S::kStages], parity(j));
+      issue_qk(s, q_rows, k_tile(j));
+      mbar_wait(&bars.v_full[prev], parity(j - 1));
+      issue_pv(o, pa, v_tile(j - 1));
+      wgmma_wait<1>();  // S_j is done; P_{j-1} V_{j-1} may still run
+      fence_regs(s);
+      if (lane == 0) mbar_arrive(&bars.k_empty[j % S::kStages]);
+      softmax(j);
+      wgmma_wait<0>();
+      fence_regs(o);
+      fence_p(pa);
+      if (lane == 0) mbar_arrive(&bars.v_empty[prev]);
+      rescale(o, alpha);
+      pack_p(pa, s);
     }
 
-    // O += P V: 8 k-steps of 16 keys; step kk starts 16 rows (2048 bytes) into each V panel.
-    mbar_wait(&bars.v_full[stage], parity);
-    wgmma_fence();
-#pragma unroll
-    for (int kk = 0; kk < 8; ++kk)
-      wgmma_m64n128k16_rs_mn(o, pa[kk], smem_desc(v_tile + kk * 2048, S::kPanelBytes, 1024));
-    wgmma_commit();
+    // Epilogue of the pipeline: the last P V.
+    const int last = n_tiles - 1;
+    mbar_wait(&bars.v_full[last % S::kStages], parity(last));
+    issue_pv(o, pa, v_tile(last));
     wgmma_wait<0>();
     fence_regs(o);
-    if (lane == 0) mbar_arrive(&bars.v_empty[stage]);
+    fence_p(pa);
+    if (lane == 0) mbar_arrive(&bars.v_empty[last % S::kStages]);
   }
 
   // Epilogue: O / l in bf16, lse = (m * scale_log2 + log2 l) * ln 2. Rows that saw no key get
','','mha_s4096_nc             correct       665.5 TFLOPS
  ws1                    correct       580.3 TFLOPS  candidate/ws1 1.1468
mha_s8192_nc             correct       694.7 TFLOPS
  ws1                    correct       604.0 TFLOPS  candidate/ws1 1.1501
mha_s16384_nc            correct       711.9 TFLOPS
  ws1                    correct       617.4 TFLOPS  candidate/ws1 1.1531
mha_s32768_nc            correct       718.1 TFLOPS
  ws1                    correct       624.3 TFLOPS  candidate/ws1 1.1503
mha_s4096_c              correct       582.9 TFLOPS
  ws1                    correct       519.5 TFLOPS  candidate/ws1 1.1222
mha_s8192_c              correct       645.4 TFLOPS
  ws1                    correct       566.8 TFLOPS  candidate/ws1 1.1385
mha_s16384_c             correct       697.6 TFLOPS
  ws1                    correct       609.1 TFLOPS  candidate/ws1 1.1453
mha_s32768_c             correct       717.1 TFLOPS
  ws1                    correct       627.9 TFLOPS  candidate/ws1 1.1422
geomean 677.7 TFLOPS over 8 configs
',2.9320166909999998,56.289663750000003,61.994901454999997,0,0,0.0,'','42e85f0ce007b05b973221fbf46ee49424565f1b',4,'2026-12-06T05:34:26Z','2026-12-06T05:35:28Z',0);
INSERT INTO "attempts" VALUES(6,6,'claude-opus',4,'42e85f0ce007b05b973221fbf46ee49424565f1b','rejected','scored','mha',1,674.42121190451837,'TFLOPS',677.14470026471542,'{"confidence":0.95,"configs":[{"hi":0.9950489152899338,"lo":0.9940093076058303,"name":"mha_s4096_nc","ratio":0.9945219768169665},{"hi":0.9936068985495695,"lo":0.9930613159376152,"name":"mha_s8192_nc","ratio":0.9933262970532939},{"hi":0.9920171063518347,"lo":0.9912244045186392,"name":"mha_s16384_nc","ratio":0.9916484036310946},{"hi":0.9919757148619621,"lo":0.9911206213671119,"name":"mha_s32768_nc","ratio":0.9915443808618121},{"hi":1.009131887799912,"lo":1.0075036282272014,"name":"mha_s4096_c","ratio":1.008244218874928},{"hi":1.0003439012470008,"lo":0.999427720168735,"name":"mha_s8192_c","ratio":0.9999122439852686},{"hi":0.9957378555148731,"lo":0.9950438195912473,"name":"mha_s16384_c","ratio":0.9953781021408707},{"hi":0.9936608058259297,"lo":0.9928108808588587,"name":"mha_s32768_c","ratio":0.9932269905912561}],"hi":0.9961363128777977,"lo":0.9957858545673814,"ratio":0.9959615027008333,"rounds":21}','rejected: geomean ratio 0.9960 [0.9958, 0.9961] (95%, 21 paired rounds): lower bound <= 1.0050 (against v4 measured beside it, 677.1 TFLOPS)','Ping-pong between the two consumer warpgroups: one warpgroup''s softmax runs under the other''s GEMMs

With v4 each warpgroup overlaps its own softmax with its own P V, but both warpgroups still
reach their GEMMs and their softmaxes at about the same time, so the tensor cores idle while
both do exponentials. Here the two consumer warpgroups take turns (FlashAttention-3, section
3.1): each has a named barrier (bar.sync id 1 + wg over 256 threads); before issuing its batch
of GEMMs (S_j and P_{j-1} V_{j-1}) a warpgroup waits on its own barrier, and after issuing it
arrives on the other''s (bar.arrive), handing the turn over. Warpgroup 0 starts; warpgroup 1
leaves out its last hand-over so every barrier ends complete (both issue n_tiles + 1 batches).

Measured beforehand in the same session on this GPU (NVIDIA H100 80GB HBM3, 580.159.04, 1980 MHz), the harness
beside cuDNN on fresh inputs, suite mha:
    mha_s4096_nc           correct     662.1 TFLOPS  cuDNN   657.8  ratio 1.007 
    mha_s8192_nc           correct     690.6 TFLOPS  cuDNN   677.4  ratio 1.020 
    mha_s16384_nc          correct     704.9 TFLOPS  cuDNN   687.2  ratio 1.026 
    mha_s32768_nc          correct     712.8 TFLOPS  cuDNN   693.1  ratio 1.028 
    mha_s4096_c            correct     588.4 TFLOPS  cuDNN   589.7  ratio 0.998 
    mha_s8192_c            correct     646.3 TFLOPS  cuDNN   627.8  ratio 1.029 
    mha_s16384_c           correct     694.2 TFLOPS  cuDNN   649.7  ratio 1.069 
    mha_s32768_c           correct     712.6 TFLOPS  cuDNN   668.1  ratio 1.067 
    geomean 675.2 TFLOPS  ratio geomean 1.030
','diff --git a/kernel/flash_fwd_hopper.cuh b/kernel/flash_fwd_hopper.cuh
index 6b105e8..1bd6558 100644
--- a/kernel/flash_fwd_hopper.cuh
+++ b/kernel/flash_fwd_hopper.cuh
@@ -186,7 +186,10 @@ __device__ __forceinline__ void issue_pv(float (&o)[64], const uint32_t (&pa)[8]
 // One consumer warpgroup: 64 query rows, every K/V tile, then the epilogue. The tiles are
 // software-pipelined inside the warpgroup (FlashAttention-3, section 3.2): S_j = Q K_j^T and
 // O += P_{j-1} V_{j-1} are issued together, the softmax of S_j runs while the tensor cores work
-// on P_{j-1} V_{j-1}, and only the rescale of O waits for that product.
+// on P_{j-1} V_{j-1}, and only the rescale of O waits for that product. The two consumer
+// warpgroups take turns at the tensor cores (ping-pong, section 3.1): each issues its batch of
+// GEMMs only after the other has issued its own, so one warpgroup''s softmax runs under the
+// other''s GEMMs.
 __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned char* smem,
                                         Barriers& bars, int wg, int m0, int h, int b, int n_tiles,
                                         int diag) {
@@ -221,11 +224,23 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
                             causal);
   };
 
+  // The turn at the tensor cores: barrier 1 + wg is this warpgroup''s, counted by its own 128
+  // threads (bar.sync) and the other''s 128 (bar.arrive). Both warpgroups issue n_tiles + 1
+  // batches; warpgroup 0 goes first, and warpgroup 1 leaves out its last hand-over so that every
+  // barrier ends complete.
+  auto take_turn = [&] { named_sync(1 + wg, 256); };
+  auto pass_turn = [&](bool final) {
+    if (!(final && wg == 1)) named_arrive(2 - wg, 256);
+  };
+  if (n_tiles > 0 && wg == 1) named_arrive(1, 256);
+
   mbar_wait(&bars.q_full, 0);
   if (n_tiles > 0) {
     // Prologue: S_0 alone.
     mbar_wait(&bars.k_full[0], 0);
+    take_turn();
     issue_qk(s, q_rows, k_tile(0));
+    pass_turn(false);
     wgmma_wait<0>();
     fence_regs(s);
     if (lane == 0) mbar_arrive(&bars.k_empty[0]);
@@ -235,9 +250,11 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
     for (int j = 1; j < n_tiles; ++j) {
       const int prev = (j - 1) % S::kStages;
       mbar_wait(&bars.k_full[j % S::kStages], parity(j));
-      issue_qk(s, q_rows, k_tile(j));
       mbar_wait(&bars.v_full[prev], parity(j - 1));
+      take_turn();
+      issue_qk(s, q_rows, k_tile(j));
       issue_pv(o, pa, v_tile(j - 1));
+      pass_turn(false);
       wgmma_wait<1>();  // S_j is done; P_{j-1} V_{j-1} may still run
       fence_regs(s);
       if (lane == 0) mbar_arrive(&bars.k_empty[j % S::kStages]);
@@ -253,7 +270,9 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
     // Epilogue of the pipeline: the last P V.
     const int last = n_tiles - 1;
     mbar_wait(&bars.v_full[last % S::kStages], parity(last));
+    take_turn();
     issue_pv(o, pa, v_tile(last));
+    pass_turn(true);
     wgmma_wait<0>();
     fence_regs(o);
     fence_p(pa);
diff --git a/kernel/hopper.cuh b/kernel/hopper.cuh
index 8d110d6..2fa8d7f 100644
--- a/kernel/hopper.cuh
+++ b/kernel/hopper.cuh
@@ -91,6 +91,17 @@ __device__ __forceinline__ void regs_claim() {
   asm volatile("setmaxnreg.inc.sync.aligned.u32 %0;\n" ::"n"(kRegs));
 }
 
+// ---- named barriers (bar.sync / bar.arrive on ids 1..15; id 0 is __syncthreads) ----------
+
+// Waits until `threads` threads have reached barrier `id` (this one included).
+__device__ __forceinline__ void named_sync(int id, int threads) {
+  asm volatile("bar.sync %0, %1;\n" ::"r"(id), "r"(threads) : "memory");
+}
+// Counts this thread towards barrier `id` without waiting.
+__device__ __forceinline__ void named_arrive(int id, int threads) {
+  asm volatile("bar.arrive %0, %1;\n" ::"r"(id), "r"(threads) : "memory");
+}
+
 // ---- wgmma ---------------------------------------------------------------------------------
 
 // A shared-memory matrix descriptor (PTX ISA, "Matrix Descriptor Format"): start address, the
','','mha_s4096_nc             correct       662.7 TFLOPS
  ws1                    correct       666.3 TFLOPS  candidate/ws1 0.9946
mha_s8192_nc             correct       690.8 TFLOPS
  ws1                    correct       695.5 TFLOPS  candidate/ws1 0.9932
mha_s16384_nc            correct       705.3 TFLOPS
  ws1                    correct       710.8 TFLOPS  candidate/ws1 0.9922
mha_s32768_nc            correct       712.2 TFLOPS
  ws1                    correct       718.5 TFLOPS  candidate/ws1 0.9913
mha_s4096_c              correct       585.1 TFLOPS
  ws1                    correct       580.5 TFLOPS  candidate/ws1 1.0080
mha_s8192_c              correct       644.7 TFLOPS
  ws1                    correct       644.7 TFLOPS  candidate/ws1 1.0000
mha_s16384_c             correct       693.4 TFLOPS
  ws1                    correct       696.5 TFLOPS  candidate/ws1 0.9955
mha_s32768_c             correct       711.6 TFLOPS
  ws1                    correct       716.4 TFLOPS  candidate/ws1 0.9932
geomean 674.4 TFLOPS over 8 configs
',2.6371096610000002,57.229028165999999,62.649421099999998,0,0,0.0,'','',NULL,'2026-12-06T05:35:28Z','2026-12-06T05:36:31Z',0);
INSERT INTO "attempts" VALUES(7,7,'claude-opus',4,'42e85f0ce007b05b973221fbf46ee49424565f1b','committed','scored','gqa',1,701.2551176387127,'TFLOPS',692.13964976672537,'{"confidence":0.95,"configs":[{"hi":1.013442945321303,"lo":1.0126163917862498,"name":"gqa4_s4096_nc","ratio":1.0130256807177485},{"hi":1.0093426094650382,"lo":1.0085218263809181,"name":"gqa4_s8192_nc","ratio":1.0089275680529033},{"hi":1.0074895930911048,"lo":1.0064776699168771,"name":"gqa4_s16384_nc","ratio":1.006984423858614},{"hi":1.010296291725576,"lo":1.0026901289959351,"name":"gqa4_s32768_nc","ratio":1.0066406225912046},{"hi":1.0311872532742095,"lo":1.0302027767323263,"name":"gqa4_s4096_c","ratio":1.0307036330647656},{"hi":1.0199348848369845,"lo":1.0191805989837976,"name":"gqa4_s8192_c","ratio":1.0195450313036227},{"hi":1.0117710470403545,"lo":1.0111440395619145,"name":"gqa4_s16384_c","ratio":1.011448177286899},{"hi":1.0085678595848937,"lo":1.007686776211073,"name":"gqa4_s32768_c","ratio":1.008144578731868},{"hi":1.013973129637568,"lo":1.0131351297648588,"name":"gqa8_s4096_nc","ratio":1.0135743738999508},{"hi":1.0089482675505417,"lo":1.0082853861699157,"name":"gqa8_s8192_nc","ratio":1.0086139211812004},{"hi":1.007718475202799,"lo":1.0063260205773756,"name":"gqa8_s16384_nc","ratio":1.0069831379465193},{"hi":1.0090309617901503,"lo":1.0042593062451766,"name":"gqa8_s32768_nc","ratio":1.0065157434492293},{"hi":1.0311140083657713,"lo":1.0300408295538463,"name":"gqa8_s4096_c","ratio":1.030584191039588},{"hi":1.0199149128381237,"lo":1.0192901508002352,"name":"gqa8_s8192_c","ratio":1.0195975914822497},{"hi":1.0113910287611996,"lo":1.010585717180262,"name":"gqa8_s16384_c","ratio":1.0109810957890157},{"hi":1.008435442117542,"lo":1.007389199667756,"name":"gqa8_s32768_c","ratio":1.0079229004801917}],"hi":1.0133944175572223,"lo":1.0128076722345578,"ratio":1.0131077641534447,"rounds":11}','committed as v5: accepted: geomean ratio 1.0131 [1.0128, 1.0134] (95%, 11 paired rounds): lower bound > 1.0050 (against v4 measured beside it, 692.1 TFLOPS)','GQA step: the output leaves through shared memory and one TMA store per warpgroup

First step on the gqa suite (32 query heads over 4 or 8 KV heads), from v4, the best MHA
version. v4 is already at or above cuDNN on most GQA configurations (measured beforehand on an
H100: gqa geomean 688 TFLOPS, ratio 1.02), and below it on the shortest ones (seqlen 4096,
batch 8: 0.978-0.997), where each CTA runs only 32 K/V tiles and its fixed costs weigh most.
The largest of those is v4''s epilogue: every thread writes its O fragment straight from the
wgmma accumulator layout, 4 bytes per store, each warp touching 8 rows x 16 bytes per
instruction (half sectors), 32 store instructions per thread.

Here each consumer warpgroup normalises O into shared memory (its own 64 rows of the Q buffer,
which no GEMM reads any more), in the 128-byte-swizzled panel layout a TMA box expects: chunk c
of row r at c ^ (r % 8), which also puts a warp''s 32 four-byte stores on 32 different banks.
After fence.proxy.async and a named barrier over the warpgroup, one thread issues two TMA
stores (64 d x 64 rows each; rows past seqlen_q are clipped by the tensor map) and waits for
them to read shared memory before the CTA exits. The log-sum-exp is still stored directly.
','diff --git a/kernel/attention.cu b/kernel/attention.cu
index 16b83a7..3081c3a 100644
--- a/kernel/attention.cu
+++ b/kernel/attention.cu
@@ -24,7 +24,7 @@ extern "C" __global__ void __launch_bounds__(avo_hopper::Hd128Shape::kThreads, 1
 namespace {
 
 // The head-dim-128 entry for both masks: TMA boxes of 64 d x 128 rows with the 128-byte swizzle
-// for Q, K and V (the output is stored from registers, no descriptor).
+// for Q, K and V; 64 d x 64 rows for the output''s TMA store.
 constexpr AvoAttentionVariant wgmma_hd128() {
   AvoAttentionVariant v{};
   constexpr char kName[] = "avo_wgmma_hd128";
@@ -36,10 +36,11 @@ constexpr AvoAttentionVariant wgmma_hd128() {
   v.cluster[0] = v.cluster[1] = v.cluster[2] = 1;
   v.grid = AVO_GRID_TILES;
   v.block_m = avo_hopper::Hd128Shape::kBlockM;
-  for (int t = AVO_TENSOR_Q; t <= AVO_TENSOR_V; ++t) {
+  for (int t = AVO_TENSOR_Q; t <= AVO_TENSOR_O; ++t) {
     v.tma[t].box[0] = 64;
     v.tma[t].box[1] = 1;
-    v.tma[t].box[2] = avo_hopper::Hd128Shape::kPanelRows;
+    // Q, K and V move 128 rows at a time; O leaves per consumer warpgroup, 64 rows.
+    v.tma[t].box[2] = t == AVO_TENSOR_O ? 64 : avo_hopper::Hd128Shape::kPanelRows;
     v.tma[t].box[3] = 1;
     v.tma[t].swizzle_bytes = 128;
   }
diff --git a/kernel/flash_fwd_hopper.cuh b/kernel/flash_fwd_hopper.cuh
index 6b105e8..15a2932 100644
--- a/kernel/flash_fwd_hopper.cuh
+++ b/kernel/flash_fwd_hopper.cuh
@@ -260,29 +260,42 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
     if (lane == 0) mbar_arrive(&bars.v_empty[last % S::kStages]);
   }
 
-  // Epilogue: O / l in bf16, lse = (m * scale_log2 + log2 l) * ln 2. Rows that saw no key get
-  // O = 0 and lse = -inf.
+  // Epilogue: O / l in bf16 through shared memory and a TMA store; lse = (m * scale_log2 +
+  // log2 l) * ln 2 straight to global memory. Rows that saw no key get O = 0 and lse = -inf.
+  // The staging buffer is this warpgroup''s own 64 rows of Q, which no GEMM reads any more: O
+  // goes there in the swizzled panel layout a TMA box expects (chunk c of row r at c ^ (r % 8);
+  // r % 8 = g here), which also spreads a warp''s 4-byte stores over all 32 banks.
+  unsigned char* o_stage = smem + S::kQOffset + wg * 64 * 128;
 #pragma unroll
   for (int half = 0; half < 2; ++half) {
     float sum = l[half];
     sum += __shfl_xor_sync(0xffffffffu, sum, 1);
     sum += __shfl_xor_sync(0xffffffffu, sum, 2);
-    const int row = row0 + 8 * half;
-    if (row >= p.seqlen_q) continue;
     const float inv = sum > 0.f ? 1.f / sum : 0.f;
-    bf16* o_row = static_cast<bf16*>(p.o) + b * p.q_stride_b + row * p.q_stride_s +
-                  h * p.q_stride_h;
+    const int r = 16 * warp + g + 8 * half;  // row within the warpgroup''s 64
 #pragma unroll
     for (int j = 0; j < 16; ++j) {
-      *reinterpret_cast<__nv_bfloat162*>(o_row + 8 * j + 2 * t) = __floats2bfloat162_rn(
+      unsigned char* chunk =
+          o_stage + (j / 8) * S::kPanelBytes + r * 128 + (((j % 8) ^ g) * 16) + 4 * t;
+      *reinterpret_cast<__nv_bfloat162*>(chunk) = __floats2bfloat162_rn(
           o[4 * j + 2 * half] * inv, o[4 * j + 2 * half + 1] * inv);
     }
-    if (t == 0) {
+    const int row = row0 + 8 * half;
+    if (t == 0 && row < p.seqlen_q) {
       const float lse =
           sum > 0.f ? (m[half] * scale_log2 + log2f(sum)) * 0.69314718055994531f : -INFINITY;
       p.lse[b * p.lse_stride_b + h * p.lse_stride_h + row] = lse;
     }
   }
+  fence_async_smem();
+  named_sync(1 + wg, 128);  // the warpgroup''s 128 threads have staged their rows
+  if (threadIdx.x % 128 == 0) {
+    for (int panel = 0; panel < 2; ++panel)
+      tma_store_4d(&p.tma[AVO_TENSOR_O], o_stage + panel * S::kPanelBytes, 64 * panel, h,
+                   m0 + 64 * wg, b);
+    tma_store_commit();
+    tma_store_wait_read();
+  }
 }
 
 // The CTA: query m-tile (reversed for causal, heaviest first) x head x batch.
diff --git a/kernel/hopper.cuh b/kernel/hopper.cuh
index 8d110d6..a0d9ded 100644
--- a/kernel/hopper.cuh
+++ b/kernel/hopper.cuh
@@ -80,6 +80,35 @@ __device__ __forceinline__ void tma_load_4d(void* dst, const CUtensorMap* map, u
       : "memory");
 }
 
+// Stores `src` (a box laid out as tma_load_4d leaves it) to the tensor at (d, h, s, b); parts of
+// the box past the tensor''s end are not written. Completes as a bulk group of this thread.
+__device__ __forceinline__ void tma_store_4d(const CUtensorMap* map, const void* src, int d, int h,
+                                             int s, int b) {
+  asm volatile(
+      "cp.async.bulk.tensor.4d.global.shared::cta.tile.bulk_group [%0, {%1, %2, %3, %4}], [%5];\n" ::"l"(
+          reinterpret_cast<uint64_t>(map)),
+      "r"(d), "r"(h), "r"(s), "r"(b), "r"(smem_u32(src))
+      : "memory");
+}
+__device__ __forceinline__ void tma_store_commit() {
+  asm volatile("cp.async.bulk.commit_group;\n" ::: "memory");
+}
+// Waits until the committed stores have read their shared memory (it may then be reused or freed).
+__device__ __forceinline__ void tma_store_wait_read() {
+  asm volatile("cp.async.bulk.wait_group.read 0;\n" ::: "memory");
+}
+// Makes this thread''s ordinary shared-memory writes visible to TMA (the async proxy).
+__device__ __forceinline__ void fence_async_smem() {
+  asm volatile("fence.proxy.async.shared::cta;\n" ::: "memory");
+}
+
+// ---- named barriers (bar.sync on ids 1..15; id 0 is __syncthreads) ----------------------
+
+// Waits until `threads` threads have reached barrier `id` (this one included).
+__device__ __forceinline__ void named_sync(int id, int threads) {
+  asm volatile("bar.sync %0, %1;\n" ::"r"(id), "r"(threads) : "memory");
+}
+
 // ---- register reallocation between warpgroups ----------------------------------------------
 
 template <int kRegs>
','','gqa4_s4096_nc            correct       694.7 TFLOPS
  ws1                    correct       685.8 TFLOPS  candidate/ws1 1.0130
gqa4_s8192_nc            correct       719.1 TFLOPS
  ws1                    correct       712.4 TFLOPS  candidate/ws1 1.0094
gqa4_s16384_nc           correct       732.0 TFLOPS
  ws1                    correct       727.3 TFLOPS  candidate/ws1 1.0064
gqa4_s32768_nc           correct       737.9 TFLOPS
  ws1                    correct       731.7 TFLOPS  candidate/ws1 1.0085
gqa4_s4096_c             correct       622.3 TFLOPS
  ws1                    correct       603.6 TFLOPS  candidate/ws1 1.0310
gqa4_s8192_c             correct       675.8 TFLOPS
  ws1                    correct       663.0 TFLOPS  candidate/ws1 1.0193
gqa4_s16384_c            correct       710.8 TFLOPS
  ws1                    correct       702.9 TFLOPS  candidate/ws1 1.0112
gqa4_s32768_c            correct       727.7 TFLOPS
  ws1                    correct       721.8 TFLOPS  candidate/ws1 1.0081
gqa8_s4096_nc            correct       693.6 TFLOPS
  ws1                    correct       684.3 TFLOPS  candidate/ws1 1.0136
gqa8_s8192_nc            correct       718.0 TFLOPS
  ws1                    correct       711.6 TFLOPS  candidate/ws1 1.0090
gqa8_s16384_nc           correct       731.7 TFLOPS
  ws1                    correct       727.1 TFLOPS  candidate/ws1 1.0063
gqa8_s32768_nc           correct       736.6 TFLOPS
  ws1                    correct       732.2 TFLOPS  candidate/ws1 1.0060
gqa8_s4096_c             correct       622.6 TFLOPS
  ws1                    correct       603.7 TFLOPS  candidate/ws1 1.0313
gqa8_s8192_c             correct       675.7 TFLOPS
  ws1                    correct       662.8 TFLOPS  candidate/ws1 1.0195
gqa8_s16384_c            correct       710.2 TFLOPS
  ws1                    correct       702.6 TFLOPS  candidate/ws1 1.0109
gqa8_s32768_c            correct       726.6 TFLOPS
  ws1                    correct       720.9 TFLOPS  candidate/ws1 1.0079
geomean 701.3 TFLOPS over 16 configs
',3.3263841310000002,181.209119684,187.977066119,0,0,0.0,'','97ef173d0a021f326a58c0fde9f2862b521639c7',5,'2026-12-06T05:40:46Z','2026-12-06T05:43:54Z',0);
INSERT INTO "attempts" VALUES(8,8,'claude-opus',5,'97ef173d0a021f326a58c0fde9f2862b521639c7','committed','scored','mha64',1,492.28066289945127,'TFLOPS',205.68419783452168,'{"confidence":0.95,"configs":[{"hi":2.3087815136849446,"lo":2.3051614551467265,"name":"mha64_s4096_nc","ratio":2.307010474673984},{"hi":2.421261167063144,"lo":2.4140551027009196,"name":"mha64_s8192_nc","ratio":2.4173718611908077},{"hi":2.44994208399902,"lo":2.4385982886343505,"name":"mha64_s16384_nc","ratio":2.4434766448339227},{"hi":2.4651985082492636,"lo":2.441440873381813,"name":"mha64_s32768_nc","ratio":2.454084467335862},{"hi":2.137170088413898,"lo":2.135042622087257,"name":"mha64_s4096_c","ratio":2.1361537824032046},{"hi":2.3756042004191316,"lo":2.368943264902658,"name":"mha64_s8192_c","ratio":2.3725436871497063},{"hi":2.476143555346026,"lo":2.4682338610706784,"name":"mha64_s16384_c","ratio":2.472126718819146},{"hi":2.565032244367485,"lo":2.5596365712806843,"name":"mha64_s32768_c","ratio":2.562382699554175}],"hi":2.39440844023048,"lo":2.390615398654103,"ratio":2.392525210960957,"rounds":10}','committed as v6: accepted: geomean ratio 2.3925 [2.3906, 2.3944] (95%, 10 paired rounds): lower bound > 1.0050 (against v5 measured beside it, 205.7 TFLOPS)','Head dim 64 on wgmma and TMA: the Hopper kernel of v3-v5 made generic over head dim, with three consumer warpgroups (192-row m-tiles) at head dim 64

Until now head dim 64 ran the seed''s FlashAttention-2 kernel on mma.sync (0.41x cuDNN, 0.36x FA3 in the 2026-12-06 peer run). This step runs it on the same design as head dim 128 (FlashAttention-3 sections 3.1-3.2): a producer warpgroup issuing TMA loads of Q and of 128-key K/V tiles into a two-stage mbarrier ring, consumer warpgroups of 64 query rows doing S = Q K^T (wgmma, both operands from shared memory, 4 k-steps of 16 d) and O += P V (wgmma m64n64k16 with P from registers), the softmax of tile j overlapped with P_{j-1} V_{j-1} inside each warpgroup, O out through shared memory and a TMA store.

Why three consumer warpgroups at head dim 64: per score element the tensor cores do half the work of head dim 128 while the exp unit does the same, so the exp unit (16 ex2/clk/SM) bounds the kernel as much as the MMAs; a third warpgroup gives the SM more independent softmax work to interleave with the others'' GEMMs, and a 192-row m-tile reads each K/V tile for 1.5x more query rows (FlashAttention-3 uses 192-row tiles at head dim 64). Registers: 32 producer / 160 consumer (setmaxnreg), 4 x 128 threads; ptxas -v reports 48 bytes of spill (the 128-register launch budget of 512 threads), measured against a two-warpgroup variant (no spill) before the gate.

Also: the Barriers arrays are sized by the stage count (they were fixed at 2 while the stage count was a constant of its own), the shape is one template HopperShape<head_dim, consumers, stages>, and the seed''s mma.sync files (flash_fwd.cuh, ptx.cuh, contract.cuh, knobs.h) leave the kernel: no configuration runs them any more. Head dim 128 compiles to the same kernel as v5 (168 registers, no spill).
','diff --git a/kernel/attention.cu b/kernel/attention.cu
index 3081c3a..377036d 100644
--- a/kernel/attention.cu
+++ b/kernel/attention.cu
@@ -1,46 +1,45 @@
 // attention.cu -- the entry kernels and the launch description (contract 2,
-// ../include/avo_attention.h). Head dim 128 (the suites'' shape) runs the Hopper kernel of
-// flash_fwd_hopper.cuh: wgmma, TMA, a producer warpgroup and two consumer warpgroups. Head dim
-// 64 keeps the seed''s FlashAttention-2 kernel on mma.sync (flash_fwd.cuh, knobs.h).
-#include "contract.cuh"
+// ../include/avo_attention.h). Both head dims run the Hopper kernel of flash_fwd_hopper.cuh
+// (wgmma, TMA, a producer warpgroup and consumer warpgroups of 64 query rows each):
+//   head dim 128: two consumer warpgroups, 128-row m-tiles, registers split 40 / 232;
+//   head dim 64:  three consumer warpgroups, 192-row m-tiles, registers split 24 / 160. Head
+//                 dim 64 is bound by the exp unit, not the tensor cores: a third warpgroup gives
+//                 the MUFU more independent softmax work to overlap with the others'' GEMMs
+//                 (FlashAttention-3 uses 192-row tiles there too).
 #include "flash_fwd_hopper.cuh"
 
-#define AVO_SEED_ENTRY(NAME, HEAD_DIM, CAUSAL)                                          \
-  extern "C" __global__ void __launch_bounds__(avo_seed::SeedShape<HEAD_DIM>::kThreads, \
-                                               avo_seed::min_ctas<HEAD_DIM>())          \
-      NAME(const __grid_constant__ AvoAttentionParams p) {                              \
-    avo_seed::run<HEAD_DIM, CAUSAL>(p);                                                 \
-  }
-
-AVO_SEED_ENTRY(avo_seed_hd64_noncausal, 64, false)
-AVO_SEED_ENTRY(avo_seed_hd64_causal, 64, true)
-
-// One CTA per SM: 384 threads whose registers setmaxnreg splits 40 / 232.
+// One CTA per SM; setmaxnreg moves registers from the producer to the consumers.
 extern "C" __global__ void __launch_bounds__(avo_hopper::Hd128Shape::kThreads, 1)
     avo_wgmma_hd128(const __grid_constant__ AvoAttentionParams p) {
-  avo_hopper::flash_fwd_hd128(p);
+  avo_hopper::flash_fwd<avo_hopper::Hd128Shape>(p);
+}
+
+extern "C" __global__ void __launch_bounds__(avo_hopper::Hd64Shape::kThreads, 1)
+    avo_wgmma_hd64(const __grid_constant__ AvoAttentionParams p) {
+  avo_hopper::flash_fwd<avo_hopper::Hd64Shape>(p);
 }
 
 namespace {
 
-// The head-dim-128 entry for both masks: TMA boxes of 64 d x 128 rows with the 128-byte swizzle
-// for Q, K and V; 64 d x 64 rows for the output''s TMA store.
-constexpr AvoAttentionVariant wgmma_hd128() {
+// An entry for both masks: TMA boxes of 64 d with the 128-byte swizzle; Q moves a whole m-tile,
+// K and V a whole key tile per panel, and O leaves per consumer warpgroup (64 rows).
+template <class S, int kNameBytes>
+constexpr AvoAttentionVariant wgmma_variant(const char (&name)[kNameBytes]) {
+  static_assert(kNameBytes <= AVO_ATTN_KERNEL_NAME_BYTES, "entry name too long");
   AvoAttentionVariant v{};
-  constexpr char kName[] = "avo_wgmma_hd128";
-  for (int i = 0; i < static_cast<int>(sizeof(kName)); ++i) v.kernel[i] = kName[i];
-  v.head_dim = 128;
+  for (int i = 0; i < kNameBytes; ++i) v.kernel[i] = name[i];
+  v.head_dim = S::kHeadDim;
   v.causal = -1;
-  v.threads_per_block = avo_hopper::Hd128Shape::kThreads;
-  v.dynamic_smem_bytes = avo_hopper::Hd128Shape::kSmemBytes;
+  v.threads_per_block = S::kThreads;
+  v.dynamic_smem_bytes = S::kSmemBytes;
   v.cluster[0] = v.cluster[1] = v.cluster[2] = 1;
   v.grid = AVO_GRID_TILES;
-  v.block_m = avo_hopper::Hd128Shape::kBlockM;
+  v.block_m = S::kBlockM;
+  const unsigned rows[4] = {S::kBlockM, S::kBlockN, S::kBlockN, 64};  // Q, K, V, O
   for (int t = AVO_TENSOR_Q; t <= AVO_TENSOR_O; ++t) {
     v.tma[t].box[0] = 64;
     v.tma[t].box[1] = 1;
-    // Q, K and V move 128 rows at a time; O leaves per consumer warpgroup, 64 rows.
-    v.tma[t].box[2] = t == AVO_TENSOR_O ? 64 : avo_hopper::Hd128Shape::kPanelRows;
+    v.tma[t].box[2] = rows[t];
     v.tma[t].box[3] = 1;
     v.tma[t].swizzle_bytes = 128;
   }
@@ -51,10 +50,9 @@ constexpr AvoAttentionVariant wgmma_hd128() {
 
 extern "C" __constant__ AvoAttentionLaunch avo_attention_launch = {
     AVO_ATTENTION_CONTRACT_VERSION,
-    3,
+    2,
     {
-        avo_seed::variant<64>("avo_seed_hd64_noncausal", 0),
-        avo_seed::variant<64>("avo_seed_hd64_causal", 1),
-        wgmma_hd128(),
+        wgmma_variant<avo_hopper::Hd64Shape>("avo_wgmma_hd64"),
+        wgmma_variant<avo_hopper::Hd128Shape>("avo_wgmma_hd128"),
     },
 };
diff --git a/kernel/contract.cuh b/kernel/contract.cuh
deleted file mode 100644
index ae80c8b..0000000
--- a/kernel/contract.cuh
+++ /dev/null
@@ -1,71 +0,0 @@
-// contract.cuh -- the seed''s glue to contract 2 (../include/avo_attention.h): its shape under
-// the knobs of knobs.h, the contract''s parameters as the kernel''s Params, the CTAs per SM its
-// launch bounds ask for, and one launch-description entry. attention.cu builds the seed''s
-// entries from it; the exploit suite (../exploits) builds its cheats on the same pieces.
-#pragma once
-
-#include "avo_attention.h"
-#include "flash_fwd.cuh"
-#include "knobs.h"
-
-namespace avo_seed {
-
-template <int kHeadDim>
-using SeedShape = Shape<kHeadDim, kWarps, kMTilesPerWarp, kBlockN, kStages>;
-
-// CTAs per SM for __launch_bounds__: as many as the registers the fragments need (Q, O and S
-// accumulators, plus about 58 for addresses, softmax state and indices) and shared memory
-// allow. Without the bound nvcc gave the causal head-dim-128 seed 172 registers, one CTA per SM
-// fewer than its 166 under contract 1 (17% slower); with it the count the estimate allows holds.
-template <int kHeadDim>
-constexpr int min_ctas() {
-  using S = SeedShape<kHeadDim>;
-  constexpr int regs = kMTilesPerWarp * (kHeadDim / 16) * 4 +  // Q fragments
-                       kMTilesPerWarp * S::kDTiles * 4 +       // O accumulators
-                       kMTilesPerWarp * S::kNTiles * 4 + 58;   // S accumulators, the rest
-  constexpr int by_regs = 65536 / (S::kThreads * regs);
-  constexpr int by_smem = (227 * 1024) / (static_cast<int>(S::kSmemBytes) + 1024);
-  constexpr int n = by_regs < by_smem ? by_regs : by_smem;
-  return n < 1 ? 1 : n;
-}
-
-// The kernel''s Params from the contract''s (the seed assumes dense BSHD, as the harness gives).
-__device__ __forceinline__ Params params_from(const AvoAttentionParams& a) {
-  Params p{};
-  p.q = static_cast<const bf16*>(a.q);
-  p.k = static_cast<const bf16*>(a.k);
-  p.v = static_cast<const bf16*>(a.v);
-  p.o = static_cast<bf16*>(a.o);
-  p.lse = a.lse;
-  p.seqlen_q = a.seqlen_q;
-  p.seqlen_k = a.seqlen_k;
-  p.heads_q = a.heads_q;
-  p.heads_kv = a.heads_kv;
-  p.group = a.group;
-  p.scale_log2 = a.scale_log2;
-  return p;
-}
-
-// The seed''s work for this CTA''s tile (blockIdx = m-tile, head, batch).
-template <int kHeadDim, bool kCausal>
-__device__ __forceinline__ void run(const AvoAttentionParams& a) {
-  flash_fwd_tile<kHeadDim, kWarps, kMTilesPerWarp, kBlockN, kStages, kCausal>(params_from(a));
-}
-
-// One entry of the description: AVO_GRID_TILES with the shape''s block_m, no cluster, no TMA.
-template <int kHeadDim, int kNameBytes>
-constexpr AvoAttentionVariant variant(const char (&name)[kNameBytes], int causal) {
-  static_assert(kNameBytes <= AVO_ATTN_KERNEL_NAME_BYTES, "entry name too long");
-  AvoAttentionVariant v{};
-  for (int i = 0; i < kNameBytes; ++i) v.kernel[i] = name[i];
-  v.head_dim = kHeadDim;
-  v.causal = causal;
-  v.threads_per_block = SeedShape<kHeadDim>::kThreads;
-  v.dynamic_smem_bytes = static_cast<int>(SeedShape<kHeadDim>::kSmemBytes);
-  v.cluster[0] = v.cluster[1] = v.cluster[2] = 1;
-  v.grid = AVO_GRID_TILES;
-  v.block_m = SeedShape<kHeadDim>::kBlockM;
-  return v;
-}
-
-}  // namespace avo_seed
diff --git a/kernel/flash_fwd.cuh b/kernel/flash_fwd.cuh
deleted file mode 100644
index 283466f..0000000
--- a/kernel/flash_fwd.cuh
+++ /dev/null
@@ -1,311 +0,0 @@
-// flash_fwd.cuh -- the seed attention forward kernel x_0.
-//
-// Algorithm: FlashAttention-2 forward (Tri Dao, "FlashAttention-2: Faster Attention with Better
-// Parallelism and Work Partitioning", 2023, Algorithm 1). One thread block owns a tile of
-// kBlockM query rows of one (batch, query head); it streams the key/value rows of the matching
-// KV head through shared memory in tiles of kBlockN keys and keeps, per query row, a running
-// maximum m, a running sum l of exp(s - m) and an unnormalised output O in registers:
-//
-//   for each K/V tile j:   S = Q K_j^T * scale                  (tensor cores, fp32 accumulators)
-//                          m'' = max(m, rowmax(S));  P = exp(S - m'')
-//                          l  = l * exp(m - m'') + rowsum(P)
-//                          O  = O * exp(m - m'') + P V_j         (P rounded to bf16, as FA2)
-//   finally                O /= l;  lse = m + log(l)
-//
-// Warps split the query rows (FA2''s "split Q"), so no cross-warp reduction is ever needed. Each
-// warp keeps its Q fragments in registers for the whole loop, and reuses the S accumulator
-// registers directly as the A operand of P*V (the C layout of one mma equals the A layout of the
-// next), so P never touches shared memory.
-//
-// Exponentials are taken in base 2 with log2(e) folded into the scale (exp2f is one MUFU op).
-// Masking happens only in tiles that cross the sequence end or the causal diagonal.
-#pragma once
-
-#include <cuda_bf16.h>
-
-#include <cmath>
-#include <cstdint>
-
-#include "ptx.cuh"
-
-namespace avo_seed {
-
-using bf16 = __nv_bfloat16;
-
-struct Params {
-  const bf16* q;
-  const bf16* k;
-  const bf16* v;
-  bf16* o;
-  float* lse;
-  int seqlen_q, seqlen_k;
-  int heads_q, heads_kv;
-  int group;         // heads_q / heads_kv: query head h reads KV head h / group
-  float scale_log2;  // softmax_scale * log2(e)
-};
-
-template <int kHeadDim, int kWarps, int kMTiles, int kBlockN, int kStages>
-struct Shape {
-  static_assert(kHeadDim % 16 == 0, "head dim must be a multiple of the mma k (16)");
-  static_assert(kBlockN % 16 == 0, "block_n must be a multiple of 16 (two n8 tiles per ldmatrix)");
-  static_assert(kStages >= 1, "at least one K/V buffer");
-  static constexpr int kThreads = kWarps * 32;
-  static constexpr int kBlockM = kWarps * kMTiles * 16;
-  // Shared-memory row pitch: 16 bytes of padding per row shift consecutive rows by one 16-byte
-  // bank group, so the 8 row addresses of one ldmatrix hit 8 different groups (no conflicts).
-  static constexpr int kPitch = kHeadDim + 8;
-  static constexpr int kQElems = kBlockM * kPitch;
-  static constexpr int kKVElems = kBlockN * kPitch;
-  static constexpr size_t kSmemBytes = sizeof(bf16) * (kQElems + 2 * kStages * kKVElems);
-  static constexpr int kNTiles = kBlockN / 8;   // n8 tiles of S per m16 tile
-  static constexpr int kDTiles = kHeadDim / 8;  // n8 tiles of O per m16 tile
-};
-
-// Issues cp.async copies of a kRows x kHeadDim tile (global row stride `stride` elements) into
-// shared memory with pitch kPitch. Rows at or past `rows_valid` are zero-filled.
-template <int kRows, int kHeadDim, int kPitch, int kThreads>
-__device__ __forceinline__ void load_tile_async(bf16* smem, const bf16* gmem, size_t stride,
-                                                int rows_valid, int tid) {
-  constexpr int kChunksPerRow = kHeadDim / 8;  // 8 bf16 = 16 bytes
-  constexpr int kChunks = kRows * kChunksPerRow;
-#pragma unroll
-  for (int c = tid; c < kChunks; c += kThreads) {
-    const int r = c / kChunksPerRow;
-    const int col = (c % kChunksPerRow) * 8;
-    const bool valid = r < rows_valid;
-    const bf16* src = gmem + static_cast<size_t>(valid ? r : 0) * stride + col;
-    cp_async_16(smem + r * kPitch + col, src, valid);
-  }
-}
-
-// The body of one CTA: query tile blockIdx.x of head blockIdx.y, batch blockIdx.z (the
-// contract''s AVO_GRID_TILES rule). The entry kernels of attention.cu call it.
-template <int kHeadDim, int kWarps, int kMTiles, int kBlockN, int kStages, bool kCausal>
-__device__ __forceinline__ void flash_fwd_tile(const Params& p) {
-  using S = Shape<kHeadDim, kWarps, kMTiles, kBlockN, kStages>;
-  constexpr int kBlockM = S::kBlockM;
-  constexpr int kPitch = S::kPitch;
-
-  extern __shared__ __align__(16) unsigned char smem_raw[];
-  bf16* s_q = reinterpret_cast<bf16*>(smem_raw);
-  bf16* s_k = s_q + S::kQElems;             // kStages K buffers
-  bf16* s_v = s_k + kStages * S::kKVElems;  // kStages V buffers
-
-  const int tid = threadIdx.x;
-  const int warp = tid / 32;
-  const int lane = tid % 32;
-  const int g = lane / 4;  // fragment row within an 8-row group
-  const int t = lane % 4;  // fragment column pair
-
-  const int m0 = blockIdx.x * kBlockM;
-  const int h = blockIdx.y;
-  const int b = blockIdx.z;
-  const int hk = h / p.group;
-  // Bottom-right causal alignment: query i sees key j iff j <= i + diag.
-  const int diag = p.seqlen_k - p.seqlen_q;
-
-  // Keys [0, n_end) are visible to at least one row of this block.
-  int n_end = p.seqlen_k;
-  if (kCausal) n_end = min(p.seqlen_k, max(0, m0 + kBlockM + diag));
-  const int n_tiles = (n_end + kBlockN - 1) / kBlockN;
-
-  const size_t q_stride = static_cast<size_t>(p.heads_q) * kHeadDim;
-  const size_t kv_stride = static_cast<size_t>(p.heads_kv) * kHeadDim;
-  const size_t q_off = (static_cast<size_t>(b) * p.seqlen_q + m0) * q_stride + h * kHeadDim;
-  const size_t kv_off = static_cast<size_t>(b) * p.seqlen_k * kv_stride + hk * kHeadDim;
-  const bf16* q_g = p.q + q_off;
-  const bf16* k_g = p.k + kv_off;
-  const bf16* v_g = p.v + kv_off;
-
-  auto load_kv = [&](int tile) {
-    const int buf = tile % kStages;
-    const int n0 = tile * kBlockN;
-    load_tile_async<kBlockN, kHeadDim, kPitch, S::kThreads>(
-        s_k + buf * S::kKVElems, k_g + n0 * kv_stride, kv_stride, p.seqlen_k - n0, tid);
-    load_tile_async<kBlockN, kHeadDim, kPitch, S::kThreads>(
-        s_v + buf * S::kKVElems, v_g + n0 * kv_stride, kv_stride, p.seqlen_k - n0, tid);
-  };
-
-  // Prologue: Q joins the first commit group, then tiles 0..kStages-2 are prefetched.
-  load_tile_async<kBlockM, kHeadDim, kPitch, S::kThreads>(s_q, q_g, q_stride, p.seqlen_q - m0, tid);
-#pragma unroll
-  for (int s = 0; s < kStages - 1; ++s) {
-    if (s < n_tiles) load_kv(s);
-    cp_async_commit();
-  }
-
-  uint32_t q_frag[kMTiles][kHeadDim / 16][4];
-  float o_acc[kMTiles][S::kDTiles][4];
-  float row_max[kMTiles][2];  // running max of the row''s scores, base-2 scaled
-  float row_sum[kMTiles][2];  // this thread''s part of the running sum (quad-reduced at the end)
-#pragma unroll
-  for (int mt = 0; mt < kMTiles; ++mt) {
-#pragma unroll
-    for (int dt = 0; dt < S::kDTiles; ++dt) {
-#pragma unroll
-      for (int e = 0; e < 4; ++e) o_acc[mt][dt][e] = 0.f;
-    }
-#pragma unroll
-    for (int half = 0; half < 2; ++half) {
-      row_max[mt][half] = -INFINITY;
-      row_sum[mt][half] = 0.f;
-    }
-  }
-
-  const int warp_row0 = warp * kMTiles * 16;  // first row of this warp inside the block tile
-
-  for (int it = 0; it < n_tiles; ++it) {
-    // Refill the buffer the previous iteration used (protected by its trailing barrier).
-    const int pre = it + kStages - 1;
-    if (pre < n_tiles) load_kv(pre);
-    cp_async_commit();
-    cp_async_wait<kStages - 1>();  // tile `it` (and Q) have landed for this thread...
-    __syncthreads();               // ...and for every thread
-
-    if (it == 0) {
-#pragma unroll
-      for (int mt = 0; mt < kMTiles; ++mt) {
-#pragma unroll
-        for (int kk = 0; kk < kHeadDim / 16; ++kk) {
-          const int r = warp_row0 + mt * 16 + (lane % 16);
-          const int c = kk * 16 + (lane / 16) * 8;
-          ldmatrix_x4(q_frag[mt][kk], s_q + r * kPitch + c);
-        }
-      }
-    }
-
-    const bf16* k_s = s_k + (it % kStages) * S::kKVElems;
-    const bf16* v_s = s_v + (it % kStages) * S::kKVElems;
-
-    // S = Q K^T. B[k][n] = K[n][k], so K''s rows (keys) are read as-is by ldmatrix.
-    float s_acc[kMTiles][S::kNTiles][4];
-#pragma unroll
-    for (int mt = 0; mt < kMTiles; ++mt) {
-#pragma unroll
-      for (int nt = 0; nt < S::kNTiles; ++nt) {
-#pragma unroll
-        for (int e = 0; e < 4; ++e) s_acc[mt][nt][e] = 0.f;
-      }
-    }
-#pragma unroll
-    for (int kk = 0; kk < kHeadDim / 16; ++kk) {
-#pragma unroll
-      for (int np = 0; np < S::kNTiles / 2; ++np) {
-        uint32_t kb[4];  // b0, b1 of key tile 2np, then b0, b1 of key tile 2np+1
-        const int r = np * 16 + (lane % 8) + (lane / 16) * 8;
-        const int c = kk * 16 + ((lane / 8) % 2) * 8;
-        ldmatrix_x4(kb, k_s + r * kPitch + c);
-#pragma unroll
-        for (int mt = 0; mt < kMTiles; ++mt) {
-          mma_bf16_16816(s_acc[mt][2 * np], q_frag[mt][kk], kb[0], kb[1]);
-          mma_bf16_16816(s_acc[mt][2 * np + 1], q_frag[mt][kk], kb[2], kb[3]);
-        }
-      }
-    }
-
-    // Online softmax (FA2 Algorithm 1, lines 9-10), base 2.
-    const int n0 = it * kBlockN;
-    const bool need_mask = (n0 + kBlockN > p.seqlen_k) || (kCausal && n0 + kBlockN - 1 > m0 + diag);
-#pragma unroll
-    for (int mt = 0; mt < kMTiles; ++mt) {
-#pragma unroll
-      for (int half = 0; half < 2; ++half) {  // rows g and g + 8 of the m16 tile
-        const int row = m0 + warp_row0 + mt * 16 + g + half * 8;
-        float tile_max = -INFINITY;
-#pragma unroll
-        for (int nt = 0; nt < S::kNTiles; ++nt) {
-#pragma unroll
-          for (int e = 0; e < 2; ++e) {
-            float x = s_acc[mt][nt][half * 2 + e] * p.scale_log2;
-            if (need_mask) {
-              const int col = n0 + nt * 8 + 2 * t + e;
-              if (col >= p.seqlen_k || (kCausal && col > row + diag)) x = -INFINITY;
-            }
-            s_acc[mt][nt][half * 2 + e] = x;
-            tile_max = fmaxf(tile_max, x);
-          }
-        }
-        // The four threads of a quad hold the same row.
-        tile_max = fmaxf(tile_max, __shfl_xor_sync(0xffffffffu, tile_max, 1));
-        tile_max = fmaxf(tile_max, __shfl_xor_sync(0xffffffffu, tile_max, 2));
-        const float m_new = fmaxf(row_max[mt][half], tile_max);
-        // A row that has seen no visible key yet keeps m = -inf; subtract 0 instead so that
-        // exp2(-inf - m) stays 0 rather than NaN.
-        const float m_sub = (m_new == -INFINITY) ? 0.f : m_new;
-        const float alpha = exp2f(row_max[mt][half] - m_sub);
-        row_max[mt][half] = m_new;
-        float sum = 0.f;
-#pragma unroll
-        for (int nt = 0; nt < S::kNTiles; ++nt) {
-#pragma unroll
-          for (int e = 0; e < 2; ++e) {
-            const float pe = exp2f(s_acc[mt][nt][half * 2 + e] - m_sub);
-            s_acc[mt][nt][half * 2 + e] = pe;
-            sum += pe;
-          }
-        }
-        row_sum[mt][half] = row_sum[mt][half] * alpha + sum;
-#pragma unroll
-        for (int dt = 0; dt < S::kDTiles; ++dt) {
-          o_acc[mt][dt][half * 2 + 0] *= alpha;
-          o_acc[mt][dt][half * 2 + 1] *= alpha;
-        }
-      }
-    }
-
-    // O += P V. The S accumulators of key tiles 2kk and 2kk+1 form the A fragment of k-step kk.
-#pragma unroll
-    for (int kk = 0; kk < kBlockN / 16; ++kk) {
-      uint32_t pa[kMTiles][4];
-#pragma unroll
-      for (int mt = 0; mt < kMTiles; ++mt) {
-        pa[mt][0] = pack_bf16x2(s_acc[mt][2 * kk][0], s_acc[mt][2 * kk][1]);
-        pa[mt][1] = pack_bf16x2(s_acc[mt][2 * kk][2], s_acc[mt][2 * kk][3]);
-        pa[mt][2] = pack_bf16x2(s_acc[mt][2 * kk + 1][0], s_acc[mt][2 * kk + 1][1]);
-        pa[mt][3] = pack_bf16x2(s_acc[mt][2 * kk + 1][2], s_acc[mt][2 * kk + 1][3]);
-      }
-#pragma unroll
-      for (int dp = 0; dp < S::kDTiles / 2; ++dp) {
-        uint32_t vb[4];  // b0, b1 of d tile 2dp, then b0, b1 of d tile 2dp+1
-        const int r = kk * 16 + (lane % 8) + ((lane / 8) % 2) * 8;
-        const int c = dp * 16 + (lane / 16) * 8;
-        ldmatrix_x4_trans(vb, v_s + r * kPitch + c);
-#pragma unroll
-        for (int mt = 0; mt < kMTiles; ++mt) {
-          mma_bf16_16816(o_acc[mt][2 * dp], pa[mt], vb[0], vb[1]);
-          mma_bf16_16816(o_acc[mt][2 * dp + 1], pa[mt], vb[2], vb[3]);
-        }
-      }
-    }
-    __syncthreads();  // everyone is done with this buffer before it is refilled
-  }
-  cp_async_wait<0>();
-
-  // Epilogue: O /= l, lse = (m + log2 l) * ln 2. Rows that saw no key get O = 0, lse = -inf.
-#pragma unroll
-  for (int mt = 0; mt < kMTiles; ++mt) {
-#pragma unroll
-    for (int half = 0; half < 2; ++half) {
-      float l = row_sum[mt][half];
-      l += __shfl_xor_sync(0xffffffffu, l, 1);
-      l += __shfl_xor_sync(0xffffffffu, l, 2);
-      const int row = m0 + warp_row0 + mt * 16 + g + half * 8;
-      if (row >= p.seqlen_q) continue;
-      const float inv_l = l > 0.f ? 1.f / l : 0.f;
-      bf16* o_row = p.o + q_off + static_cast<size_t>(row - m0) * q_stride;
-#pragma unroll
-      for (int dt = 0; dt < S::kDTiles; ++dt) {
-        const __nv_bfloat162 v2 = __floats2bfloat162_rn(o_acc[mt][dt][half * 2] * inv_l,
-                                                        o_acc[mt][dt][half * 2 + 1] * inv_l);
-        *reinterpret_cast<__nv_bfloat162*>(o_row + dt * 8 + 2 * t) = v2;
-      }
-      if (t == 0) {
-        const float lse =
-            l > 0.f ? (row_max[mt][half] + log2f(l)) * 0.69314718055994531f : -INFINITY;
-        p.lse[(static_cast<size_t>(b) * p.heads_q + h) * p.seqlen_q + row] = lse;
-      }
-    }
-  }
-}
-
-}  // namespace avo_seed
diff --git a/kernel/flash_fwd_hopper.cuh b/kernel/flash_fwd_hopper.cuh
index 15a2932..cdd9012 100644
--- a/kernel/flash_fwd_hopper.cuh
+++ b/kernel/flash_fwd_hopper.cuh
@@ -31,52 +31,72 @@ namespace avo_hopper {
 
 using bf16 = __nv_bfloat16;
 
-struct Hd128Shape {
-  static constexpr int kHeadDim = 128;
-  static constexpr int kBlockM = 128;  // 2 consumer warpgroups x 64 rows
+// The tile shape of one instantiation. kHeadDim is 64 or 128 (one or two 64-wide "panels" of
+// the 128-byte swizzle); kConsumers warpgroups own 64 query rows each, so a CTA''s m-tile is
+// 64 * kConsumers rows. K and V move in tiles of kBlockN keys through a ring of kStages.
+template <int kHeadDim_, int kConsumers_, int kStages_ = 2>
+struct HopperShape {
+  static constexpr int kHeadDim = kHeadDim_;
+  static constexpr int kConsumers = kConsumers_;
+  static constexpr int kStages = kStages_;
+  static constexpr int kPanels = kHeadDim / 64;
+  static constexpr int kBlockM = 64 * kConsumers;
   static constexpr int kBlockN = 128;  // keys per K/V tile
-  static constexpr int kStages = 2;
-  static constexpr int kThreads = 384;
-  static constexpr int kPanelRows = 128;                      // rows of one TMA box
-  static constexpr int kPanelBytes = kPanelRows * 64 * 2;     // 128 rows x 64 d x bf16
-  static constexpr int kTileBytes = 2 * kPanelBytes;          // a 128 x 128 tile: two panels
+  static constexpr int kThreads = 128 * (kConsumers + 1);
+  static constexpr int kQPanelBytes = kBlockM * 128;  // kBlockM rows x 64 d x bf16
+  static constexpr int kKvPanelBytes = kBlockN * 128;
+  static constexpr int kQBytes = kPanels * kQPanelBytes;
+  static constexpr int kKvTileBytes = kPanels * kKvPanelBytes;
   static constexpr int kQOffset = 0;
-  static constexpr int kKOffset = kQOffset + kTileBytes;
-  static constexpr int kVOffset = kKOffset + kStages * kTileBytes;
-  static constexpr int kBarOffset = kVOffset + kStages * kTileBytes;
-  static constexpr int kSmemBytes = kBarOffset + 128 + 1024;  // barriers, alignment slack
-  // Register split (setmaxnreg): 128 x 40 + 256 x 232 = 64512 of the SM''s 65536.
-  static constexpr int kProducerRegs = 40;
-  static constexpr int kConsumerRegs = 232;
+  static constexpr int kKOffset = kQOffset + kQBytes;
+  static constexpr int kVOffset = kKOffset + kStages * kKvTileBytes;
+  static constexpr int kBarOffset = kVOffset + kStages * kKvTileBytes;
+  static constexpr int kSmemBytes = kBarOffset + 256 + 1024;  // barriers, alignment slack
+  // Register split (setmaxnreg, multiples of 8): the producer keeps what issuing TMA needs and
+  // the consumers share the rest of the SM''s 65536.
+  static constexpr int kProducerRegs = kConsumers == 2 ? 40 : 32;
+  static constexpr int kConsumerRegs = kConsumers == 2 ? 232 : 160;
+  static_assert(kHeadDim == 64 || kHeadDim == 128, "head dim 64 or 128");
+  static_assert(kConsumers == 2 || kConsumers == 3, "two or three consumer warpgroups");
+  static_assert(128 * kProducerRegs + 128 * kConsumers * kConsumerRegs <= 65536,
+                "register split over the SM''s file");
+  static_assert(kSmemBytes <= 227 * 1024, "shared memory over the 227 KiB a CTA may use");
 };
 
+using Hd128Shape = HopperShape<128, 2>;
+using Hd64Shape = HopperShape<64, 3>;
+
+// One full and one empty barrier per stage of the K and V rings; sized by the stage count.
+template <int kStages>
 struct Barriers {
   uint64_t q_full;
-  uint64_t k_full[2], v_full[2];
-  uint64_t k_empty[2], v_empty[2];
+  uint64_t k_full[kStages], v_full[kStages];
+  uint64_t k_empty[kStages], v_empty[kStages];
 };
 
-// The producer: Q, then every K/V tile this CTA''s rows can see, two stages ahead.
+// The producer: Q, then every K/V tile this CTA''s rows can see, kStages ahead.
+template <class S>
 __device__ __forceinline__ void produce(const AvoAttentionParams& p, unsigned char* smem,
-                                        Barriers& bars, int m0, int h, int hk, int b, int n_tiles) {
-  using S = Hd128Shape;
-  mbar_arrive_expect_tx(&bars.q_full, S::kTileBytes);
-  for (int panel = 0; panel < 2; ++panel)
-    tma_load_4d(smem + S::kQOffset + panel * S::kPanelBytes, &p.tma[AVO_TENSOR_Q], &bars.q_full,
+                                        Barriers<S::kStages>& bars, int m0, int h, int hk, int b,
+                                        int n_tiles) {
+  static_assert(sizeof(Barriers<S::kStages>) <= 256, "barriers over their shared-memory slot");
+  mbar_arrive_expect_tx(&bars.q_full, S::kQBytes);
+  for (int panel = 0; panel < S::kPanels; ++panel)
+    tma_load_4d(smem + S::kQOffset + panel * S::kQPanelBytes, &p.tma[AVO_TENSOR_Q], &bars.q_full,
                 64 * panel, h, m0, b);
   for (int j = 0; j < n_tiles; ++j) {
     const int stage = j % S::kStages;
     const uint32_t parity = ((j / S::kStages) & 1) ^ 1;
     const int n0 = j * S::kBlockN;
     mbar_wait(&bars.k_empty[stage], parity);
-    mbar_arrive_expect_tx(&bars.k_full[stage], S::kTileBytes);
-    for (int panel = 0; panel < 2; ++panel)
-      tma_load_4d(smem + S::kKOffset + stage * S::kTileBytes + panel * S::kPanelBytes,
+    mbar_arrive_expect_tx(&bars.k_full[stage], S::kKvTileBytes);
+    for (int panel = 0; panel < S::kPanels; ++panel)
+      tma_load_4d(smem + S::kKOffset + stage * S::kKvTileBytes + panel * S::kKvPanelBytes,
                   &p.tma[AVO_TENSOR_K], &bars.k_full[stage], 64 * panel, hk, n0, b);
     mbar_wait(&bars.v_empty[stage], parity);
-    mbar_arrive_expect_tx(&bars.v_full[stage], S::kTileBytes);
-    for (int panel = 0; panel < 2; ++panel)
-      tma_load_4d(smem + S::kVOffset + stage * S::kTileBytes + panel * S::kPanelBytes,
+    mbar_arrive_expect_tx(&bars.v_full[stage], S::kKvTileBytes);
+    for (int panel = 0; panel < S::kPanels; ++panel)
+      tma_load_4d(smem + S::kVOffset + stage * S::kKvTileBytes + panel * S::kKvPanelBytes,
                   &p.tma[AVO_TENSOR_V], &bars.v_full[stage], 64 * panel, hk, n0, b);
   }
 }
@@ -128,9 +148,10 @@ __device__ __forceinline__ void online_softmax(float (&s)[64], float (&m)[2], fl
   }
 }
 
-__device__ __forceinline__ void rescale(float (&o)[64], const float (&alpha)[2]) {
+template <int kRegs>
+__device__ __forceinline__ void rescale(float (&o)[kRegs], const float (&alpha)[2]) {
 #pragma unroll
-  for (int j = 0; j < 16; ++j) {
+  for (int j = 0; j < kRegs / 4; ++j) {
     o[4 * j + 0] *= alpha[0];
     o[4 * j + 1] *= alpha[0];
     o[4 * j + 2] *= alpha[1];
@@ -158,28 +179,29 @@ __device__ __forceinline__ void fence_p(uint32_t (&pa)[8][4]) {
   }
 }
 
-// Issues S = Q K^T for one tile: 8 k-steps of 16 d; step kk is 32 bytes into panel kk / 4.
+// Issues S = Q K^T for one tile: kHeadDim / 16 k-steps of 16 d; step kk is 32 bytes into
+// panel kk / 4 of Q and of K.
+template <class S>
 __device__ __forceinline__ void issue_qk(float (&s)[64], const unsigned char* q_rows,
                                          const unsigned char* k_tile) {
-  using S = Hd128Shape;
   wgmma_fence();
 #pragma unroll
-  for (int kk = 0; kk < 8; ++kk) {
-    const int off = (kk / 4) * S::kPanelBytes + (kk % 4) * 32;
-    wgmma_m64n128k16_ss(s, smem_desc(q_rows + off, 16, 1024), smem_desc(k_tile + off, 16, 1024),
-                        kk > 0);
+  for (int kk = 0; kk < S::kHeadDim / 16; ++kk) {
+    const int col = (kk % 4) * 32;
+    wgmma_m64n128k16_ss(s, smem_desc(q_rows + (kk / 4) * S::kQPanelBytes + col, 16, 1024),
+                        smem_desc(k_tile + (kk / 4) * S::kKvPanelBytes + col, 16, 1024), kk > 0);
   }
   wgmma_commit();
 }
 
 // Issues O += P V for one tile: 8 k-steps of 16 keys, step kk 2048 bytes into each V panel.
-__device__ __forceinline__ void issue_pv(float (&o)[64], const uint32_t (&pa)[8][4],
+template <class S>
+__device__ __forceinline__ void issue_pv(float (&o)[S::kHeadDim / 2], const uint32_t (&pa)[8][4],
                                          const unsigned char* v_tile) {
-  using S = Hd128Shape;
   wgmma_fence();
 #pragma unroll
   for (int kk = 0; kk < 8; ++kk)
-    wgmma_m64n128k16_rs_mn(o, pa[kk], smem_desc(v_tile + kk * 2048, S::kPanelBytes, 1024));
+    wgmma_pv<S::kHeadDim>(o, pa[kk], smem_desc(v_tile + kk * 2048, S::kKvPanelBytes, 1024));
   wgmma_commit();
 }
 
@@ -187,10 +209,11 @@ __device__ __forceinline__ void issue_pv(float (&o)[64], const uint32_t (&pa)[8]
 // software-pipelined inside the warpgroup (FlashAttention-3, section 3.2): S_j = Q K_j^T and
 // O += P_{j-1} V_{j-1} are issued together, the softmax of S_j runs while the tensor cores work
 // on P_{j-1} V_{j-1}, and only the rescale of O waits for that product.
+template <class S>
 __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned char* smem,
-                                        Barriers& bars, int wg, int m0, int h, int b, int n_tiles,
-                                        int diag) {
-  using S = Hd128Shape;
+                                        Barriers<S::kStages>& bars, int wg, int m0, int h, int b,
+                                        int n_tiles, int diag) {
+  constexpr int kORegs = S::kHeadDim / 2;  // 64 x kHeadDim fp32 over 128 threads
   const int lane = threadIdx.x % 32;
   const int warp = (threadIdx.x / 32) % 4;  // warp within the warpgroup
   const int g = lane / 4;
@@ -199,9 +222,9 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
   const float scale_log2 = p.scale_log2;
   const int row0 = m0 + 64 * wg + 16 * warp + g;  // this thread''s first row (and row0 + 8)
 
-  float o[64];
+  float o[kORegs];
 #pragma unroll
-  for (int i = 0; i < 64; ++i) o[i] = 0.f;
+  for (int i = 0; i < kORegs; ++i) o[i] = 0.f;
   float m[2] = {-INFINITY, -INFINITY};
   float l[2] = {0.f, 0.f};
   float alpha[2];
@@ -209,8 +232,8 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
   uint32_t pa[8][4];
 
   const unsigned char* q_rows = smem + S::kQOffset + wg * 64 * 128;  // this warpgroup''s 64 rows
-  auto k_tile = [&](int j) { return smem + S::kKOffset + (j % S::kStages) * S::kTileBytes; };
-  auto v_tile = [&](int j) { return smem + S::kVOffset + (j % S::kStages) * S::kTileBytes; };
+  auto k_tile = [&](int j) { return smem + S::kKOffset + (j % S::kStages) * S::kKvTileBytes; };
+  auto v_tile = [&](int j) { return smem + S::kVOffset + (j % S::kStages) * S::kKvTileBytes; };
   auto parity = [](int j) { return static_cast<uint32_t>((j / S::kStages) & 1); };
   auto softmax = [&](int j) {
     const int n0 = j * S::kBlockN;
@@ -225,7 +248,7 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
   if (n_tiles > 0) {
     // Prologue: S_0 alone.
     mbar_wait(&bars.k_full[0], 0);
-    issue_qk(s, q_rows, k_tile(0));
+    issue_qk<S>(s, q_rows, k_tile(0));
     wgmma_wait<0>();
     fence_regs(s);
     if (lane == 0) mbar_arrive(&bars.k_empty[0]);
@@ -235,9 +258,9 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
     for (int j = 1; j < n_tiles; ++j) {
       const int prev = (j - 1) % S::kStages;
       mbar_wait(&bars.k_full[j % S::kStages], parity(j));
-      issue_qk(s, q_rows, k_tile(j));
+      issue_qk<S>(s, q_rows, k_tile(j));
       mbar_wait(&bars.v_full[prev], parity(j - 1));
-      issue_pv(o, pa, v_tile(j - 1));
+      issue_pv<S>(o, pa, v_tile(j - 1));
       wgmma_wait<1>();  // S_j is done; P_{j-1} V_{j-1} may still run
       fence_regs(s);
       if (lane == 0) mbar_arrive(&bars.k_empty[j % S::kStages]);
@@ -253,7 +276,7 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
     // Epilogue of the pipeline: the last P V.
     const int last = n_tiles - 1;
     mbar_wait(&bars.v_full[last % S::kStages], parity(last));
-    issue_pv(o, pa, v_tile(last));
+    issue_pv<S>(o, pa, v_tile(last));
     wgmma_wait<0>();
     fence_regs(o);
     fence_p(pa);
@@ -274,9 +297,9 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
     const float inv = sum > 0.f ? 1.f / sum : 0.f;
     const int r = 16 * warp + g + 8 * half;  // row within the warpgroup''s 64
 #pragma unroll
-    for (int j = 0; j < 16; ++j) {
+    for (int j = 0; j < kORegs / 4; ++j) {
       unsigned char* chunk =
-          o_stage + (j / 8) * S::kPanelBytes + r * 128 + (((j % 8) ^ g) * 16) + 4 * t;
+          o_stage + (j / 8) * S::kQPanelBytes + r * 128 + (((j % 8) ^ g) * 16) + 4 * t;
       *reinterpret_cast<__nv_bfloat162*>(chunk) = __floats2bfloat162_rn(
           o[4 * j + 2 * half] * inv, o[4 * j + 2 * half + 1] * inv);
     }
@@ -290,8 +313,8 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
   fence_async_smem();
   named_sync(1 + wg, 128);  // the warpgroup''s 128 threads have staged their rows
   if (threadIdx.x % 128 == 0) {
-    for (int panel = 0; panel < 2; ++panel)
-      tma_store_4d(&p.tma[AVO_TENSOR_O], o_stage + panel * S::kPanelBytes, 64 * panel, h,
+    for (int panel = 0; panel < S::kPanels; ++panel)
+      tma_store_4d(&p.tma[AVO_TENSOR_O], o_stage + panel * S::kQPanelBytes, 64 * panel, h,
                    m0 + 64 * wg, b);
     tma_store_commit();
     tma_store_wait_read();
@@ -299,13 +322,13 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
 }
 
 // The CTA: query m-tile (reversed for causal, heaviest first) x head x batch.
-__device__ __forceinline__ void flash_fwd_hd128(const AvoAttentionParams& p) {
-  using S = Hd128Shape;
+template <class S>
+__device__ __forceinline__ void flash_fwd(const AvoAttentionParams& p) {
   extern __shared__ unsigned char smem_raw[];
   // TMA''s 128-byte swizzle repeats every 1024 bytes: tiles start on that boundary.
   unsigned char* smem = reinterpret_cast<unsigned char*>(
       (reinterpret_cast<uintptr_t>(smem_raw) + 1023) & ~static_cast<uintptr_t>(1023));
-  Barriers& bars = *reinterpret_cast<Barriers*>(smem + S::kBarOffset);
+  auto& bars = *reinterpret_cast<Barriers<S::kStages>*>(smem + S::kBarOffset);
 
   const bool causal = p.causal != 0;
   const int m_tile = causal ? p.num_m_tiles - 1 - static_cast<int>(blockIdx.x) : blockIdx.x;
@@ -324,8 +347,8 @@ __device__ __forceinline__ void flash_fwd_hd128(const AvoAttentionParams& p) {
     for (int s = 0; s < S::kStages; ++s) {
       mbar_init(&bars.k_full[s], 1);
       mbar_init(&bars.v_full[s], 1);
-      mbar_init(&bars.k_empty[s], 8);  // one arrival per consumer warp
-      mbar_init(&bars.v_empty[s], 8);
+      mbar_init(&bars.k_empty[s], 4 * S::kConsumers);  // one arrival per consumer warp
+      mbar_init(&bars.v_empty[s], 4 * S::kConsumers);
     }
     mbar_fence_init();
   }
@@ -334,10 +357,10 @@ __device__ __forceinline__ void flash_fwd_hd128(const AvoAttentionParams& p) {
   const int warpgroup = threadIdx.x / 128;
   if (warpgroup == 0) {
     regs_release<S::kProducerRegs>();
-    if (threadIdx.x == 0) produce(p, smem, bars, m0, h, hk, b, n_tiles);
+    if (threadIdx.x == 0) produce<S>(p, smem, bars, m0, h, hk, b, n_tiles);
   } else {
     regs_claim<S::kConsumerRegs>();
-    consume(p, smem, bars, warpgroup - 1, m0, h, b, n_tiles, diag);
+    consume<S>(p, smem, bars, warpgroup - 1, m0, h, b, n_tiles, diag);
   }
 }
 
diff --git a/kernel/hopper.cuh b/kernel/hopper.cuh
index a0d9ded..ca5de64 100644
--- a/kernel/hopper.cuh
+++ b/kernel/hopper.cuh
@@ -206,6 +206,47 @@ __device__ __forceinline__ void wgmma_m64n128k16_rs_mn(float (&d)[64], const uin
       : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "l"(desc_b), "r"(1));
 }
 
+#define AVO_D32(d)                                                                                \
+  "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), \
+      "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]),    \
+      "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]),  \
+      "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]),  \
+      "+f"(d[29]), "+f"(d[30]), "+f"(d[31])
+
+#define AVO_D32_LIST                         \
+  "{%0, %1, %2, %3, %4, %5, %6, %7, "        \
+  "%8, %9, %10, %11, %12, %13, %14, %15, "   \
+  "%16, %17, %18, %19, %20, %21, %22, %23, " \
+  "%24, %25, %26, %27, %28, %29, %30, %31}"
+
+// D(64x64 fp32) += A(64x16, bf16 registers) * B(16x64, shared, MN-major): O += P V at head dim 64.
+__device__ __forceinline__ void wgmma_m64n64k16_rs_mn(float (&d)[32], const uint32_t (&a)[4],
+                                                      uint64_t desc_b) {
+  asm volatile(
+      "{\n"
+      ".reg .pred acc;\n"
+      "setp.ne.b32 acc, %37, 0;\n"
+      "wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 " AVO_D32_LIST
+      ", {%32, %33, %34, %35}, %36, acc, 1, 1, 1;\n"
+      "}\n"
+      : AVO_D32(d)
+      : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "l"(desc_b), "r"(1));
+}
+
+// O += P V for a 64 x kHeadDim accumulator: the instruction whose N is the head dim.
+template <int kHeadDim>
+__device__ __forceinline__ void wgmma_pv(float (&d)[kHeadDim / 2], const uint32_t (&a)[4],
+                                         uint64_t desc_b) {
+  if constexpr (kHeadDim == 128) {
+    wgmma_m64n128k16_rs_mn(d, a, desc_b);
+  } else {
+    static_assert(kHeadDim == 64, "wgmma_pv: head dim 64 or 128");
+    wgmma_m64n64k16_rs_mn(d, a, desc_b);
+  }
+}
+
+#undef AVO_D32_LIST
+#undef AVO_D32
 #undef AVO_D64_LIST
 #undef AVO_D64
 
diff --git a/kernel/knobs.h b/kernel/knobs.h
deleted file mode 100644
index 4b9bed4..0000000
--- a/kernel/knobs.h
+++ /dev/null
@@ -1,26 +0,0 @@
-// knobs.h -- the seed''s tuning parameters, declared as knobs in ../task.toml.
-//
-// Each value''s line ends with the knob marker comment of docs/task-format.md: the mutate
-// operator rewrites the value on that line to another allowed value. Every combination of allowed
-// values compiles and is correct (scripts/gpu-check.sh checks all of them); the values below are
-// deliberately not the fastest ones, so that a search over knobs alone has somewhere to go.
-#pragma once
-
-namespace avo_seed {
-
-// Warps per thread block. Each warp owns kMTilesPerWarp * 16 query rows of the block''s tile.
-constexpr int kWarps = 8;  // avo:knob warps
-
-// 16-row MMA tiles per warp: more rows per warp reuse each K/V fragment from shared memory more
-// often, at the cost of registers (S and O accumulators grow with it).
-constexpr int kMTilesPerWarp = 1;  // avo:knob m_tiles
-
-// Keys per K/V tile (the inner loop''s step). Larger tiles mean fewer barriers and softmax
-// rescales per key, but a larger S accumulator in registers.
-constexpr int kBlockN = 128;  // avo:knob block_n
-
-// Shared-memory buffers for K/V tiles: 1 loads and computes in turn; 2 prefetches the next tile
-// with cp.async while the current one is used.
-constexpr int kStages = 2;  // avo:knob stages
-
-}  // namespace avo_seed
diff --git a/kernel/ptx.cuh b/kernel/ptx.cuh
deleted file mode 100644
index 60cde9a..0000000
--- a/kernel/ptx.cuh
+++ /dev/null
@@ -1,72 +0,0 @@
-// ptx.cuh -- thin wrappers over the Ampere/Hopper warp-level instructions the seed uses:
-// cp.async (global -> shared copies that bypass registers), ldmatrix (shared -> the register
-// fragments mma expects) and mma.sync m16n8k16 (bf16 inputs, fp32 accumulation).
-// Fragment layouts are those of the PTX ISA, section "Matrix Fragments for mma.m16n8k16":
-// with g = lane / 4 and t = lane % 4, a thread holds
-//   A (16x16, row-major): a0 = A[g][2t..2t+1],   a1 = A[g+8][2t..2t+1],
-//                         a2 = A[g][2t+8..2t+9], a3 = A[g+8][2t+8..2t+9]
-//   B (16x8, k-major):    b0 = B[2t..2t+1][g],   b1 = B[2t+8..2t+9][g]
-//   C (16x8, fp32):       c0, c1 = C[g][2t..2t+1], c2, c3 = C[g+8][2t..2t+1]
-#pragma once
-
-#include <cuda_bf16.h>
-
-#include <cstdint>
-
-namespace avo_seed {
-
-__device__ __forceinline__ uint32_t smem_addr(const void* p) {
-  return static_cast<uint32_t>(__cvta_generic_to_shared(p));
-}
-
-// Copies 16 bytes global -> shared asynchronously. When `valid` is false nothing is read and the
-// 16 bytes are zero-filled (src-size 0): out-of-range rows become zeros, never garbage that
-// could turn into NaN after multiplying by a zero probability.
-__device__ __forceinline__ void cp_async_16(void* smem, const void* gmem, bool valid) {
-  const int src_bytes = valid ? 16 : 0;
-  asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;\n" ::"r"(smem_addr(smem)), "l"(gmem),
-               "r"(src_bytes));
-}
-
-__device__ __forceinline__ void cp_async_commit() { asm volatile("cp.async.commit_group;\n" ::); }
-
-// Waits until at most N of this thread''s most recent commit groups are still in flight.
-template <int N>
-__device__ __forceinline__ void cp_async_wait() {
-  asm volatile("cp.async.wait_group %0;\n" ::"n"(N));
-}
-
-// Four 8x8 bf16 matrices; lanes 8i..8i+7 give the row addresses of matrix i, register i
-// receives matrix i in the mma fragment layout.
-__device__ __forceinline__ void ldmatrix_x4(uint32_t (&r)[4], const void* smem) {
-  asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];\n"
-               : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3])
-               : "r"(smem_addr(smem)));
-}
-
-// As ldmatrix_x4, each 8x8 matrix transposed on the way (used to read V, stored key-major, as
-// the k-major B operand of P*V).
-__device__ __forceinline__ void ldmatrix_x4_trans(uint32_t (&r)[4], const void* smem) {
-  asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];\n"
-               : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3])
-               : "r"(smem_addr(smem)));
-}
-
-// D = A * B + D for one 16x8x16 tile, bf16 inputs, fp32 accumulators.
-__device__ __forceinline__ void mma_bf16_16816(float (&d)[4], const uint32_t (&a)[4], uint32_t b0,
-                                               uint32_t b1) {
-  asm volatile(
-      "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 "
-      "{%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%0, %1, %2, %3};\n"
-      : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3])
-      : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b0), "r"(b1));
-}
-
-// Two floats -> one register of two bf16 (round to nearest even); `lo` goes to the low half,
-// which is the lower column index in every fragment above.
-__device__ __forceinline__ uint32_t pack_bf16x2(float lo, float hi) {
-  __nv_bfloat162 v = __floats2bfloat162_rn(lo, hi);
-  return *reinterpret_cast<uint32_t*>(&v);
-}
-
-}  // namespace avo_seed
','','mha64_s4096_nc           correct       488.3 TFLOPS
  ws1                    correct       211.5 TFLOPS  candidate/ws1 2.3082
mha64_s8192_nc           correct       517.1 TFLOPS
  ws1                    correct       214.1 TFLOPS  candidate/ws1 2.4156
mha64_s16384_nc          correct       526.4 TFLOPS
  ws1                    correct       215.4 TFLOPS  candidate/ws1 2.4437
mha64_s32768_nc          correct       532.2 TFLOPS
  ws1                    correct       216.1 TFLOPS  candidate/ws1 2.4626
mha64_s4096_c            correct       404.7 TFLOPS
  ws1                    correct       189.4 TFLOPS  candidate/ws1 2.1367
mha64_s8192_c            correct       466.9 TFLOPS
  ws1                    correct       196.7 TFLOPS  candidate/ws1 2.3736
mha64_s16384_c           correct       495.8 TFLOPS
  ws1                    correct       200.8 TFLOPS  candidate/ws1 2.4697
mha64_s32768_c           correct       520.5 TFLOPS
  ws1                    correct       203.2 TFLOPS  candidate/ws1 2.5619
geomean 492.3 TFLOPS over 8 configs
',1.493851609,39.329306459999998,42.576489496999997,0,0,0.0,'','0a77d94afaa748809b99744a26e615acfcb63f9a',6,'2026-12-06T20:10:00Z','2026-12-06T20:10:42Z',0);
INSERT INTO "attempts" VALUES(9,9,'claude-opus',6,'0a77d94afaa748809b99744a26e615acfcb63f9a','rejected','scored','mha64',1,456.60768708474012,'TFLOPS',492.53111142068616,'{"confidence":0.95,"configs":[{"hi":0.929780116800696,"lo":0.9289841836500717,"name":"mha64_s4096_nc","ratio":0.9293855742158135},{"hi":0.9281457554178242,"lo":0.9264113322474107,"name":"mha64_s8192_nc","ratio":0.927279281329806},{"hi":0.9269452569843701,"lo":0.9244515481652931,"name":"mha64_s16384_nc","ratio":0.925560910699834},{"hi":0.924387236223164,"lo":0.9224404720320342,"name":"mha64_s32768_nc","ratio":0.923421129012602},{"hi":0.9324708737967976,"lo":0.931284385347972,"name":"mha64_s4096_c","ratio":0.9319131624739374},{"hi":0.9290267098030707,"lo":0.9281757164758041,"name":"mha64_s8192_c","ratio":0.928616902916301},{"hi":0.926671484237235,"lo":0.9258307978635378,"name":"mha64_s16384_c","ratio":0.9262329994451498},{"hi":0.9244791703746832,"lo":0.9235399036154676,"name":"mha64_s32768_c","ratio":0.9240640726391505}],"hi":0.9273076378829375,"lo":0.9268015045651941,"ratio":0.9270554419831571,"rounds":14}','rejected: mha64_s4096_nc is worse, ratio 0.9294 [0.9290, 0.9298] below 0.9800; geomean ratio 0.9271 [0.9268, 0.9273] (95%, 14 paired rounds) (against v6 measured beside it, 492.5 TFLOPS)','Head dim 64: a quarter of the softmax''s exponentials on the FMA pipe instead of the exp unit

At head dim 64 every score costs 256 MMA FLOPs and one ex2: at the tensor cores'' peak that is as many exp-unit cycles (16 ex2/clk/SM) as MMA cycles, so the MUFU bounds the kernel (FlashAttention-4 moves part of the exponentials onto the FMA units for this reason on Blackwell; cuDNN does likewise there). This step does that on Hopper: in each row''s softmax pass, every fourth exponential (8 of 32 per thread and half-row) is computed as 2^x = 2^n * 2^f, n = round(x) by the 1.5 * 2^23 rounding trick, 2^f by a degree-3 polynomial fitted for relative error on [-1/2, 1/2] (max 7.5e-5, under the 3.9e-3 of P''s bf16 rounding), 2^n added to the exponent field as an integer: about ten FP32/integer instructions that run on pipes eight and four times wider than the MUFU. Arithmetic: per score the FP32 pipe already does ~4 operations (scale-subtract FMA, max, sum, half a pack) at 128/clk/SM, the MUFU one ex2 at 16/clk/SM; moving a fraction r of the exps balances the two near r = 0.25 (0.0625 -> 0.047 clk per score on the busier pipe). Values below 2^-126 are 0, as ex2.approx.ftz gives, so masked keys and rows that see no key are unchanged. Head dim 128 is unchanged (its exps are half the MMA time: the tensor cores bound it).
','diff --git a/kernel/flash_fwd_hopper.cuh b/kernel/flash_fwd_hopper.cuh
index cdd9012..0872b0a 100644
--- a/kernel/flash_fwd_hopper.cuh
+++ b/kernel/flash_fwd_hopper.cuh
@@ -36,6 +36,9 @@ using bf16 = __nv_bfloat16;
 // 64 * kConsumers rows. K and V move in tiles of kBlockN keys through a ring of kStages.
 template <int kHeadDim_, int kConsumers_, int kStages_ = 2>
 struct HopperShape {
+  // Every kFmaExpEvery-th exponential of a row''s softmax on the FMA pipe (exp2_fma); 0: none.
+  // Head dim 64 is bound by the exp unit, head dim 128 by the tensor cores.
+  static constexpr int kFmaExpEvery = kHeadDim_ == 64 ? 4 : 0;
   static constexpr int kHeadDim = kHeadDim_;
   static constexpr int kConsumers = kConsumers_;
   static constexpr int kStages = kStages_;
@@ -106,7 +109,7 @@ __device__ __forceinline__ void produce(const AvoAttentionParams& p, unsigned ch
 // P = 2^(S * scale_log2 - m) in `s` and returns in `alpha` the factor 2^(m_old - m_new) by which
 // O must be rescaled. O itself is not touched here: in the pipeline below the previous tile''s
 // P V is still accumulating into it while this runs.
-template <bool kMask>
+template <bool kMask, int kFmaExpEvery>
 __device__ __forceinline__ void online_softmax(float (&s)[64], float (&m)[2], float (&l)[2],
                                                float (&alpha)[2], float scale_log2, int row0,
                                                int col0, int seqlen_k, int diag, bool causal) {
@@ -140,7 +143,9 @@ __device__ __forceinline__ void online_softmax(float (&s)[64], float (&m)[2], fl
 #pragma unroll
       for (int e = 0; e < 2; ++e) {
         float& x = s[4 * j + 2 * half + e];
-        x = exp2_approx(fmaf(x, scale_log2, -m_scaled));
+        const float arg = fmaf(x, scale_log2, -m_scaled);
+        x = kFmaExpEvery > 0 && j % kFmaExpEvery == kFmaExpEvery - 1 ? exp2_fma(arg)
+                                                                      : exp2_approx(arg);
         sum += x;
       }
     }
@@ -238,9 +243,9 @@ __device__ __forceinline__ void consume(const AvoAttentionParams& p, unsigned ch
   auto softmax = [&](int j) {
     const int n0 = j * S::kBlockN;
     if (n0 + S::kBlockN > p.seqlen_k || (causal && n0 + S::kBlockN - 1 > m0 + diag))
-      online_softmax<true>(s, m, l, alpha, scale_log2, row0, n0 + 2 * t, p.seqlen_k, diag, causal);
+      online_softmax<true, S::kFmaExpEvery>(s, m, l, alpha, scale_log2, row0, n0 + 2 * t, p.seqlen_k, diag, causal);
     else
-      online_softmax<false>(s, m, l, alpha, scale_log2, row0, n0 + 2 * t, p.seqlen_k, diag,
+      online_softmax<false, S::kFmaExpEvery>(s, m, l, alpha, scale_log2, row0, n0 + 2 * t, p.seqlen_k, diag,
                             causal);
   };
 
diff --git a/kernel/hopper.cuh b/kernel/hopper.cuh
index ca5de64..e31ebec 100644
--- a/kernel/hopper.cuh
+++ b/kernel/hopper.cuh
@@ -260,6 +260,25 @@ __device__ __forceinline__ float exp2_approx(float x) {
   return y;
 }
 
+// 2^x on the FMA pipe instead of the SFU, for x <= 0 (softmax''s arguments) or -inf. Where the
+// exp unit bounds the kernel (head dim 64: as many ex2 per score as MMA cycles), moving part of
+// the exponentials onto the 8x wider FP32 pipe balances the two (the idea of FlashAttention-4,
+// Zadouri, Shah, Dao et al. 2025, section 3, applied on Hopper). x = n + f with n = round(x),
+// |f| <= 1/2 (adding 1.5 * 2^23 rounds x to an integer in the low mantissa bits); 2^f by a
+// degree-3 polynomial fitted for relative error on [-1/2, 1/2] (max 7.5e-5, below bf16''s 3.9e-3
+// rounding of P); 2^n added to the exponent field as an integer. Results below 2^-126 are 0, as
+// ex2.approx.ftz gives.
+__device__ __forceinline__ float exp2_fma(float x) {
+  constexpr float kRound = 12582912.f;  // 1.5 * 2^23
+  const float shifted = x + kRound;
+  const float f = x - (shifted - kRound);
+  float p = fmaf(f, 0.0551716685f, 0.24261114f);
+  p = fmaf(p, f, 0.693260968f);
+  p = fmaf(p, f, 0.999928057f);
+  const int bits = __float_as_int(p) + (__float_as_int(shifted) << 23);
+  return x < -126.f ? 0.f : __int_as_float(bits);
+}
+
 __device__ __forceinline__ uint32_t pack_bf16x2(float lo, float hi) {
   __nv_bfloat162 v = __floats2bfloat162_rn(lo, hi);
   return *reinterpret_cast<uint32_t*>(&v);
','kernel/flash_fwd_hopper.cuh(147): warning #179-D: right operand of "%" is zero
          x = kFmaExpEvery > 0 && j % kFmaExpEvery == kFmaExpEvery - 1 ? exp2_fma(arg)
                                      ^
          detected during:
            instantiation of "void avo_hopper::online_softmax<kMask,kFmaExpEvery>(float (&)[64], float (&)[2], float (&)[2], float (&)[2], float, int, int, int, int, __nv_bool) [with kMask=true, kFmaExpEvery=0]" at line 246
            instantiation of "void avo_hopper::consume(const AvoAttentionParams &, unsigned char *, avo_hopper::Barriers<S::kStages> &, int, int, int, int, int, int) [with S=avo_hopper::Hd128Shape]" at line 368
            instantiation of "void avo_hopper::flash_fwd<S>(const AvoAttentionParams &) [with S=avo_hopper::Hd128Shape]" at line 14 of kernel/attention.cu

Remark: The warnings can be suppressed with "-diag-suppress <warning-number>"

kernel/flash_fwd_hopper.cuh(147): warning #179-D: right operand of "%" is zero
          x = kFmaExpEvery > 0 && j % kFmaExpEvery == kFmaExpEvery - 1 ? exp2_fma(arg)
                                      ^
          detected during:
            instantiation of "void avo_hopper::online_softmax<kMask,kFmaExpEvery>(float (&)[64], float (&)[2], float (&)[2], float (&)[2], float, int, int, int, int, __nv_bool) [with kMask=false, kFmaExpEvery=0]" at line 249
            instantiation of "void avo_hopper::consume(const AvoAttentionParams &, unsigned char *, avo_hopper::Barriers<S::kStages> &, int, int, int, int, int, int) [with S=avo_hopper::Hd128Shape]" at line 368
            instantiation of "void avo_hopper::flash_fwd<S>(const AvoAttentionParams &) [with S=avo_hopper::Hd128Shape]" at line 14 of kernel/attention.cu

','mha64_s4096_nc           correct       453.4 TFLOPS
  ws1                    correct       487.9 TFLOPS  candidate/ws1 0.9292
mha64_s8192_nc           correct       479.5 TFLOPS
  ws1                    correct       517.0 TFLOPS  candidate/ws1 0.9276
mha64_s16384_nc          correct       487.2 TFLOPS
  ws1                    correct       526.5 TFLOPS  candidate/ws1 0.9253
mha64_s32768_nc          correct       491.1 TFLOPS
  ws1                    correct       532.0 TFLOPS  candidate/ws1 0.9231
mha64_s4096_c            correct       377.3 TFLOPS
  ws1                    correct       404.6 TFLOPS  candidate/ws1 0.9325
mha64_s8192_c            correct       434.1 TFLOPS
  ws1                    correct       467.4 TFLOPS  candidate/ws1 0.9287
mha64_s16384_c           correct       460.2 TFLOPS
  ws1                    correct       496.9 TFLOPS  candidate/ws1 0.9260
mha64_s32768_c           correct       482.0 TFLOPS
  ws1                    correct       521.5 TFLOPS  candidate/ws1 0.9241
geomean 456.6 TFLOPS over 8 configs
',1.600356009,43.412676648000001,46.628296931000001,0,0,0.0,'','',NULL,'2026-12-06T20:11:24Z','2026-12-06T20:12:11Z',0);
INSERT INTO "attempts" VALUES(10,10,'claude-opus',6,'0a77d94afaa748809b99744a26e615acfcb63f9a','rejected','scored','mha64',1,492.61830618263281,'TFLOPS',492.65492667290204,'{"confidence":0.95,"configs":[{"hi":0.9952662914067065,"lo":0.9945356901355271,"name":"mha64_s4096_nc","ratio":0.9948920483791177},{"hi":1.0001438499983066,"lo":0.999089284065515,"name":"mha64_s8192_nc","ratio":0.9995816452036878},{"hi":1.004798660511466,"lo":1.0014563801940566,"name":"mha64_s16384_nc","ratio":1.0032774499253172},{"hi":1.011778378720626,"lo":1.006854228525001,"name":"mha64_s32768_nc","ratio":1.0093535315976963},{"hi":0.9946357476679625,"lo":0.9937464775109349,"name":"mha64_s4096_c","ratio":0.9941877709794541},{"hi":0.9953029648442719,"lo":0.9945360249216029,"name":"mha64_s8192_c","ratio":0.9949166613861107},{"hi":0.9996374810119002,"lo":0.9985442776692632,"name":"mha64_s16384_c","ratio":0.9991162440506817},{"hi":1.006270345034618,"lo":1.0036396503131604,"name":"mha64_s32768_c","ratio":1.0049878698508807}],"hi":1.0004359450240348,"lo":0.999579109152191,"ratio":1.000026063003655,"rounds":16}','rejected: geomean ratio 1.0000 [0.9996, 1.0004] (95%, 16 paired rounds): lower bound <= 1.0050 (against v6 measured beside it, 492.7 TFLOPS)','Head dim 64: a K/V ring of 3 stages instead of 2

Nsight Compute on v6 (H100, mha64 shape b4 s8192 non-causal, 2026-12-06): the tensor pipe is active 53% of the time and the exp unit (XU) 55%: neither is saturated, so the head-dim-64 kernel waits rather than computes. At head dim 64 a K/V tile carries half the MMA work of head dim 128, so two stages cover half the time of compute they covered at head dim 128, and the three consumer warpgroups drain a stage faster than at head dim 128. With 16 KiB per K and per V tile, 3 stages cost 120 KiB of shared memory (Q 24 KiB), well under the 227 KiB a CTA may use (one CTA per SM either way), so the producer can run 3 tiles ahead and a late TMA load no longer stalls a consumer''s Q K^T. The Barriers arrays are sized by the stage count (v6), so nothing else changes; head dim 128 keeps 2 stages (FlashAttention-3 measured 3 worse there, and three of its 64 KiB stages would fill 224 of the 227 KiB).
','diff --git a/kernel/flash_fwd_hopper.cuh b/kernel/flash_fwd_hopper.cuh
index cdd9012..769e847 100644
--- a/kernel/flash_fwd_hopper.cuh
+++ b/kernel/flash_fwd_hopper.cuh
@@ -64,7 +64,7 @@ struct HopperShape {
 };
 
 using Hd128Shape = HopperShape<128, 2>;
-using Hd64Shape = HopperShape<64, 3>;
+using Hd64Shape = HopperShape<64, 3, 3>;
 
 // One full and one empty barrier per stage of the K and V rings; sized by the stage count.
 template <int kStages>
','','mha64_s4096_nc           correct       485.8 TFLOPS
  ws1                    correct       488.5 TFLOPS  candidate/ws1 0.9946
mha64_s8192_nc           correct       517.1 TFLOPS
  ws1                    correct       517.4 TFLOPS  candidate/ws1 0.9994
mha64_s16384_nc          correct       528.7 TFLOPS
  ws1                    correct       526.7 TFLOPS  candidate/ws1 1.0038
mha64_s32768_nc          correct       536.8 TFLOPS
  ws1                    correct       532.1 TFLOPS  candidate/ws1 1.0089
mha64_s4096_c            correct       402.0 TFLOPS
  ws1                    correct       404.4 TFLOPS  candidate/ws1 0.9941
mha64_s8192_c            correct       464.9 TFLOPS
  ws1                    correct       467.4 TFLOPS  candidate/ws1 0.9947
mha64_s16384_c           correct       496.7 TFLOPS
  ws1                    correct       497.0 TFLOPS  candidate/ws1 0.9993
mha64_s32768_c           correct       524.1 TFLOPS
  ws1                    correct       521.6 TFLOPS  candidate/ws1 1.0048
geomean 492.6 TFLOPS over 8 configs
',1.481191669,43.845182823999998,46.868877404999999,0,0,0.0,'','',NULL,'2026-12-06T20:29:30Z','2026-12-06T20:30:17Z',0);
CREATE TABLE results (
  attempt_id INTEGER NOT NULL REFERENCES attempts(id),
  config     TEXT NOT NULL,
  correct    INTEGER NOT NULL,
  value      REAL NOT NULL,
  unit       TEXT,
  errors     TEXT,
  samples    TEXT,
  baselines  TEXT,
  message    TEXT,
  PRIMARY KEY (attempt_id, config)
);
INSERT INTO "results" VALUES(1,'mha_s4096_nc',1,228.83760639628602,'TFLOPS','{"calls_checked":55.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.904380347436651e-08,"lse_tol_ratio":0.017493223824819215,"o_max_abs":0.016013145446777344,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018483760817197502,"o_tol_ratio":0.4813749053618729,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.687266436619299e-08,"sampled_lse_tol_ratio":0.010508279894059724,"sampled_o_max_abs":0.014623165130615234,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020826635280990265,"sampled_o_tol_ratio":0.38493396828529186}','[228.88180935881573,228.42988728245365,228.83456320076738,228.7492515505061,228.78733654395225,228.93062058358387,228.63203483908194,228.86047802876115,228.99623493174124,228.95348812083353,228.6716001887506,229.03285526310268,228.58185529443352,228.65486543584862,228.91077999101108,229.11227744998104,229.16881680747633,228.73554587186007,228.81780458816826,228.9428266429051,228.99623493174124,228.60619438200138,227.94041998990647,228.90925743012443,228.65790381332292,228.78427202592385,228.53776806214964,228.82236868251402,228.77818863338427,228.9718127246188,228.97028935172906,228.68529820507445,228.43900735935694,228.51040900238644,228.99316481496905,229.11075220747182,228.64878892313507,228.66400348649023,228.91993850844375,228.89860007100646,228.9855467326368,228.97333611777916,229.06491335111147,228.79950462563622,228.84675901884293,229.0313310778628,228.3494222904703,228.69899786258938,229.0771337353842,228.22504731723225,228.93975795802947,228.84064959180466]','{}','');
INSERT INTO "results" VALUES(1,'mha_s8192_nc',1,232.40379019480449,'TFLOPS','{"calls_checked":30.0,"calls_checked_in_full":3.0,"lse_max_abs":7.62939453125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.522203339356282e-08,"lse_tol_ratio":0.013821851947094647,"o_max_abs":0.015655517578125,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018571797177287408,"o_tol_ratio":0.39999418755459243,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.138508758968455e-08,"sampled_lse_tol_ratio":0.010567445771566906,"sampled_o_max_abs":0.014592170715332031,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002085627262589886,"sampled_o_tol_ratio":0.38664621196894106}','[232.28282260510468,232.42264785457516,232.6807779992202,232.50680670327608,232.20275411756882,232.66659716602615,232.4281534627897,232.4037901948045,232.62720981524592,230.89825327634924,230.80675246939938,230.81218178844912,230.91531802976502,230.81294422391758,232.53039429732254,232.30479670673884,232.6201224469887,232.42344439451875,232.40065145286437,232.58154845239463,232.60989111418078,232.7004790781057,232.49264706702496,232.20668257115756,232.38650474295193,232.28673036823818,232.34250636982176]','{}','');
INSERT INTO "results" VALUES(1,'mha_s16384_nc',1,235.00447268543596,'TFLOPS','{"calls_checked":17.0,"calls_checked_in_full":3.0,"lse_max_abs":1.1444091796875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.525658826571001e-08,"lse_tol_ratio":0.020278747608882174,"o_max_abs":0.015541553497314453,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001944661128479032,"o_tol_ratio":0.46042393928489567,"sampled_lse_max_abs":9.5367431640625e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":8.606560091557681e-08,"sampled_lse_tol_ratio":0.016745932982240332,"sampled_o_max_abs":0.009848594665527344,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002120015575177361,"sampled_o_tol_ratio":0.3882580764761108}','[234.01671772695775,234.1450857270724,234.04659907074273,234.04500742363902,233.8395343106004,234.7814657056426,235.39588701021296,235.2274796652293,236.51840581215282,236.45207189224004,236.66707063747978,236.57620849976811,236.43051834857462,233.761588431328]','{}','');
INSERT INTO "results" VALUES(1,'mha_s32768_nc',1,234.71249510255865,'TFLOPS','{"calls_checked":13.0,"calls_checked_in_full":3.0,"lse_max_abs":1.9073486328125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.3197362197671977e-07,"lse_tol_ratio":0.03409938278753179,"o_max_abs":0.015833377838134766,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018171534118820072,"o_tol_ratio":0.40872128171211636,"sampled_lse_max_abs":1.33514404296875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.5349190726932918e-07,"sampled_lse_tol_ratio":0.02264050080270278,"sampled_o_max_abs":0.009379386901855469,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002105991510812889,"sampled_o_tol_ratio":0.39118742223740643}','[234.7950926331429,235.97667470812718,234.70267571263412,234.66880534593759,235.85943878546968,235.12206268231293,234.43565677805057,234.43825483645128,234.472440160328,234.72231449248318]','{}','');
INSERT INTO "results" VALUES(1,'mha_s4096_c',1,194.76101207057332,'TFLOPS','{"calls_checked":92.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.233940541421658e-08,"lse_tol_ratio":0.01723984674741673,"o_max_abs":0.015615463256835938,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017534726188301814,"o_tol_ratio":0.45699448186221564,"sampled_lse_max_abs":6.67572021484375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":8.055914197151517e-08,"sampled_lse_tol_ratio":0.013350072035081546,"sampled_o_max_abs":0.015569686889648438,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020111434665297484,"sampled_o_tol_ratio":0.5218817463249042}','[192.65991040066666,192.25887787992676,193.8140211224339,193.88401509284608,193.59780761278188,193.49313708920974,192.78746930020023,193.52365091476312,193.63708622800547,193.26024055361128,195.27460936395286,195.28570645168426,195.53241685309885,195.48568649893716,192.68583053654072,195.70393065037402,195.15924794196604,194.97099623464692,194.73453065898514,194.01101320641047,193.66326998369323,193.37117795164335,195.3678740489312,195.0351801287484,193.9146523354341,193.95626209007182,195.6259280213596,195.35009775063477,195.37231035214097,195.46790532586226,195.05289915744217,195.24797157870628,194.48101949519835,194.50083640325872,193.42561542337037,193.5149456173135,194.9289664818289,193.64581878066497,195.01969098977236,193.1841733700269,193.09298145592422,193.88621595565957,195.60810473412272,193.84026904891454,195.37231035214097,195.33899334384876,193.07345037655185,195.50570869020098,192.93902278464557,195.01525419243208,195.06397106001847,195.05289915744217,194.7168694230376,194.23035985213343,194.80960198040856,194.86042270973925,195.60588119990862,193.482242785872,194.6749491508938,192.48938182773966,194.19084020573956,195.37009217535208,195.31233799142007,195.14373909128034,195.54576537962282,193.82495282139948,193.84463624659742,193.31678732017897,194.76101207057332,192.16210328772024,194.19741479313146,194.84494485019948,195.12821619289372,195.6147922349463,195.34788007819986,194.84053246408712,195.08169532067268,194.79635376663413,195.07283278774028,195.17698952208212,194.75880775284844,193.35159055622753,194.6242251080904,195.71952867373372,194.45459776560116,194.08773305696482,195.74182537296565,195.52351332136544,195.27682537308957]','{}','');
INSERT INTO "results" VALUES(1,'mha_s8192_c',1,200.8789279736294,'TFLOPS','{"calls_checked":49.0,"calls_checked_in_full":3.0,"lse_max_abs":7.62939453125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.920473340440213e-08,"lse_tol_ratio":0.014568544894464368,"o_max_abs":0.015588760375976563,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0014834734720743478,"o_tol_ratio":0.4603867963365235,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.59479022294194e-08,"sampled_lse_tol_ratio":0.010640084048151912,"sampled_o_max_abs":0.015298843383789063,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002020007528957154,"sampled_o_tol_ratio":0.3935359189387567}','[200.44884205213557,200.88598048953253,201.57422258506156,201.59669236634363,201.3380030061037,201.22832768779577,201.6156237401942,201.84065732875848,201.00937016876208,200.9964391931469,201.69491324330042,200.89420642245648,200.68065567109784,200.07417037655063,199.31398898388443,201.08465867380906,200.60800798986605,201.15530056433698,201.05171410990795,199.86469722802715,200.87187545772625,200.33898423423756,199.41694758295512,201.7043877114733,201.60143368956912,200.1954173324336,200.22107519904674,199.86701864035874,200.28176935833758,199.81935388386478,202.63581669452242,200.02291912240813,200.36702936903671,199.22383892059412,200.38454632871506,200.70058579782994,202.1244329075803,202.17199846543056,201.3332740655216,199.582579946981,201.0564298329543,202.0020421653828,200.81435584355077,201.64757188457506,200.7908886292889,200.68650678774713]','{}','');
INSERT INTO "results" VALUES(1,'mha_s16384_c',1,203.9447388229699,'TFLOPS','{"calls_checked":27.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.87463441084272e-08,"lse_tol_ratio":0.017561508657226676,"o_max_abs":0.015689373016357422,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019077392603240972,"o_tol_ratio":0.4522312840734301,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.704038381756874e-08,"sampled_lse_tol_ratio":0.01067484065309529,"sampled_o_max_abs":0.014519691467285156,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020725626212030673,"sampled_o_tol_ratio":0.38421331127462616}','[205.48116067632805,204.27723364046938,204.64712025334074,203.22968670563435,204.04068855534257,204.16254403616577,204.02554131402047,203.65368719204835,203.7684358889185,203.8639363319193,204.0631156571221,204.49424971207839,204.4906045169511,204.37140030917433,204.1716370893107,203.389085308098,202.79367831775093,202.12145637404782,203.2801932380926,203.23328708538986,203.0363314678161,203.45532388778366,203.62532589897464,204.2863550116373]','{}','');
INSERT INTO "results" VALUES(1,'mha_s32768_c',1,205.33918994455905,'TFLOPS','{"calls_checked":15.0,"calls_checked_in_full":3.0,"lse_max_abs":1.9073486328125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.981393012392146e-08,"lse_tol_ratio":0.034256378297844406,"o_max_abs":0.015201091766357422,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.00169269722276036,"o_tol_ratio":0.5525388644583835,"sampled_lse_max_abs":1.1444091796875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.015117749629045e-07,"sampled_lse_tol_ratio":0.019925843979047574,"sampled_o_max_abs":0.01220846176147461,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0018702258942719153,"sampled_o_tol_ratio":0.39277906678307006}','[205.37676726125719,204.8243058273901,203.75484142567532,204.51799199803858,204.89851050266947,205.30161262786095,205.98376308768832,206.4475662878517,205.44276948702486,205.60842830934797,205.5890513268212,205.2458034089941]','{}','');
INSERT INTO "results" VALUES(2,'mha_s4096_nc',1,244.18572671593469,'TFLOPS','{"calls_checked":55.0,"calls_checked_in_full":3.0,"lse_max_abs":7.62939453125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.903981542642872e-08,"lse_tol_ratio":0.01416888775789678,"o_max_abs":0.015677452087402344,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001966162278021021,"o_tol_ratio":0.46776273999487605,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.578004883998003e-08,"sampled_lse_tol_ratio":0.010988081228291672,"sampled_o_max_abs":0.014081478118896484,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020686033068548467,"sampled_o_tol_ratio":0.42442136095200433}','[243.8642196388675,243.96118036303534,244.00103969019005,243.9542631014997,244.01317562056624,243.71892297795904,244.00449959838036,243.8486429326027,243.9369458574067,244.1327919992781,244.21261004626203,244.17270742789785,244.23169964252406,244.22823328812729,244.15362705204066,244.30984806449604,244.09984058472074,244.1657523113613,244.1674845895784,244.1449410395029,244.24212516700834,244.21261004626203,244.17270742789785,244.26471254449254,244.1865929906151,244.09637797221006,244.27164742291166,244.23865851667065,244.1865929906151,244.2525515815999,245.78132917633604,245.69168614934364,245.758486648543,245.53894881449577,245.8587162117111,245.94318210641467,245.84463983426576,245.7637515794214,245.9625432225072,245.4372293821026,245.77252696553265,245.84288367680762,245.84288367680762,246.05062491762922,243.840004392136,243.9663943791324,244.01836603592838,244.18486044125427,243.92481750819167,244.11025485466237,244.1189125544521,243.964664953052]','{}','');
INSERT INTO "results" VALUES(2,'mha_s8192_nc',1,246.21635575343478,'TFLOPS','{"calls_checked":30.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.512270390598417e-08,"lse_tol_ratio":0.016153834125452744,"o_max_abs":0.015704631805419922,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018107928627002794,"o_tol_ratio":0.41808932848128005,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":6.968054973122997e-08,"sampled_lse_tol_ratio":0.010236400106485856,"sampled_o_max_abs":0.008755683898925781,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002016610231644125,"sampled_o_tol_ratio":0.38282722732362917}','[246.1352227487228,246.23399815490197,246.19164486686904,246.20313218332063,246.25782335273632,246.22516349179318,246.21635575343478,246.10438153405124,246.1678324720994,246.04356240848168,246.12994189013273,246.15374695462148,246.22871305703228,246.21635575343478,246.22516349179318,246.22871305703228,246.31167055373095,248.18957907514928,248.20571532178238,246.15285352467103,246.07880022480433,246.27105279858623,246.0752812411164,246.12287482697045,246.12287482697045,246.23310414230443,246.22253425018786]','{}','');
INSERT INTO "results" VALUES(2,'mha_s16384_nc',1,247.2873099047091,'TFLOPS','{"calls_checked":17.0,"calls_checked_in_full":3.0,"lse_max_abs":1.1444091796875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.525403520751106e-08,"lse_tol_ratio":0.021230082290629636,"o_max_abs":0.015825271606445313,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019376255662777507,"o_tol_ratio":0.43255706362205576,"sampled_lse_max_abs":9.5367431640625e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":8.691554805603435e-08,"sampled_lse_tol_ratio":0.017172694454147017,"sampled_o_max_abs":0.013555526733398438,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020583895835674334,"sampled_o_tol_ratio":0.3915118904055801}','[247.2973216191606,247.06261119390837,247.3111139178704,247.25372685456875,247.300451275083,247.28753532491933,247.1856871687201,247.1630332563775,247.2915399208049,247.28708448449885,247.2977724969095,247.28130326480667,247.30222831836485,247.2799773350963]','{}','');
INSERT INTO "results" VALUES(2,'mha_s32768_nc',1,247.80462868252391,'TFLOPS','{"calls_checked":13.0,"calls_checked_in_full":3.0,"lse_max_abs":1.9073486328125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.3247744031691696e-07,"lse_tol_ratio":0.033548137585206396,"o_max_abs":0.01586151123046875,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018363934600939594,"o_tol_ratio":0.44881361300022005,"sampled_lse_max_abs":1.33514404296875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.5000962819014567e-07,"sampled_lse_tol_ratio":0.023558166189266035,"sampled_o_max_abs":0.011749744415283203,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002130733851158723,"sampled_o_tol_ratio":0.3923500737193568}','[247.802511510135,247.82975765454265,247.79401662586392,247.79401662586392,247.80786438524194,248.91755153529152,247.81524161198928,247.80674585491286,247.0952552995354,247.7795047697787]','{}','');
INSERT INTO "results" VALUES(2,'mha_s4096_c',1,224.07843018715846,'TFLOPS','{"calls_checked":92.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.229734918294514e-08,"lse_tol_ratio":0.017531955144001868,"o_max_abs":0.01576709747314453,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.00186899886801736,"o_tol_ratio":0.5270334135207884,"sampled_lse_max_abs":7.62939453125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":8.648478935724047e-08,"sampled_lse_tol_ratio":0.01473258624879552,"sampled_o_max_abs":0.015565872192382813,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002009446653138028,"sampled_o_tol_ratio":0.4061132096265161}','[223.36756300185507,225.97657084879128,225.32750046648644,221.3045157078065,224.2217399832565,224.37693544011225,223.5943177202313,223.97617504567432,225.09721857282884,224.16907516219277,225.84883799558085,221.41004294588106,225.79836901115652,224.32127340016416,224.07843018715846,223.72242105618668,223.20505260037982,223.46053547286917,224.34471357506297,225.61748981532781,222.86626390918323,222.7506936281327,220.92601216954952,223.22823845668248,224.16907516219277,223.46343737240412,222.6756199962119,224.55585206134532,225.570081033077,222.6640730439734,222.74202208210488,224.35056346996205,222.58042029767515,223.18184995832178,225.21818488289406,223.61467861819742,224.35936071459855,224.64392918009557,224.192483538688,225.0264403783955,224.62338042566142,223.66417604730108,224.62338042566142,225.2890837675876,224.7026856541046,224.63510960559668,223.0572561193476,224.04335516726118,223.16154620384629,225.31862713703947,224.71737957541447,223.5186744550386,224.36815864917807,225.05593686582256,224.3886607321615,224.1251921828144,223.4779696597529,225.23296830413463,223.7690562818166,223.93530346500776,223.73700875793966,223.23115593725848,224.51474680477443,223.9411537769231,223.65836189200445,224.2510040645776,222.19465299415094,223.3559441779117,224.44142879190645,224.01414525243177,223.65836189200445,224.38280885036303,224.47075025001027,221.27601554120676,224.89683976127847,223.80404546207316,224.59106586953428,223.0051368382173,224.68799365429464,223.72242105618668,224.17491590084825,225.33635247406002,222.26366074411862,223.61760620873923,223.0630390639086,225.2949830165939,223.4721651811793,225.4605520535657,223.4721651811793]','{}','');
INSERT INTO "results" VALUES(2,'mha_s8192_c',1,229.02141305857594,'TFLOPS','{"calls_checked":49.0,"calls_checked_in_full":3.0,"lse_max_abs":1.1444091796875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.906678567212331e-08,"lse_tol_ratio":0.016743604459357662,"o_max_abs":0.01623058319091797,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018537684498891635,"o_tol_ratio":0.4042758120127601,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.775406235754307e-08,"sampled_lse_tol_ratio":0.011120739612219068,"sampled_o_max_abs":0.015491962432861328,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020444068349640895,"sampled_o_tol_ratio":0.38868599928861036}','[229.1367296319197,228.8726766093464,230.27462760217,230.27462760217,228.05237226355055,226.68174794868483,229.52243831275922,228.27660704542575,226.79695060414556,229.5623124625175,230.59453931891517,229.90330434357327,228.1901978228712,229.4212955478487,228.1341402550304,229.15811249246127,228.45267752320362,230.0942002747841,229.0252345397634,229.01759157738846,228.8238900877572,227.26198075096903,229.59911408275173,229.6436346650544,228.80865424099756,228.63965208846142,228.77666783579838,226.8074354637956,229.45958183504675,230.62858160903835,230.24377038497,228.21140438089768,230.35953911905094,229.13060471282935,228.99623493174124,230.7246045533983,226.30849608881613,227.85275650582625,229.78645935584,227.33865514348244,230.67038710983877,228.80409069372683,229.4075092213168,228.12806881722125,228.0750872341455,230.95257790209206]','{}','');
INSERT INTO "results" VALUES(2,'mha_s16384_c',1,231.76615796846588,'TFLOPS','{"calls_checked":27.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.89243032637713e-08,"lse_tol_ratio":0.018031426901821475,"o_max_abs":0.015873432159423828,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018816920212802487,"o_tol_ratio":0.40006061739764975,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.711650024918461e-08,"sampled_lse_tol_ratio":0.010698989979682617,"sampled_o_max_abs":0.015470504760742188,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.001954916420871714,"sampled_o_tol_ratio":0.3822935530511891}','[230.286977404842,232.7871893731262,231.75794633741668,230.24298871489842,232.41243388506595,232.00442319619563,231.28293729004145,231.7868807949981,232.2388634803488,233.07378532985612,232.28282260510468,231.42311715179778,231.968386694258,231.73684411557824,231.9769980267226,232.13921581675316,230.47157727292523,231.52761387859496,231.77436959951507,231.52838104793042,230.12887587601074,231.60095965396238,231.9167321224324,230.3024107705862]','{}','');
INSERT INTO "results" VALUES(2,'mha_s32768_c',1,233.56199606588478,'TFLOPS','{"calls_checked":15.0,"calls_checked_in_full":3.0,"lse_max_abs":1.52587890625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.974154928874034e-08,"lse_tol_ratio":0.027055782936864652,"o_max_abs":0.015615463256835938,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.002052797649045355,"o_tol_ratio":0.43716285190362697,"sampled_lse_max_abs":1.1444091796875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.0480314134334188e-07,"sampled_lse_tol_ratio":0.02058499113987673,"sampled_o_max_abs":0.012310981750488281,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002057240913460159,"sampled_o_tol_ratio":0.37588907852287934}','[233.74528516166765,233.48519097965797,231.18371405517166,231.65286927676928,233.63880115211163,235.13333143123697,233.2351584381136,232.7300252077801,232.8554095877011,234.59791942586682,234.01032914522,234.0876567929324]','{}','');
INSERT INTO "results" VALUES(3,'mha_s4096_nc',1,272.97797088427723,'TFLOPS','{"calls_checked":58.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.889728942370782e-08,"lse_tol_ratio":0.014464236019303389,"o_max_abs":0.01579570770263672,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019076428917137627,"o_tol_ratio":0.4151324765855537,"sampled_lse_max_abs":7.62939453125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.925589708994216e-08,"sampled_lse_tol_ratio":0.014292048725881721,"sampled_o_max_abs":0.01457357406616211,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020704807548832813,"sampled_o_tol_ratio":0.3854592259349754}','[271.1811494881071,270.79433510575484,270.66420178952137,270.674877291613,273.29931705053383,273.1168412293906,273.15809303877955,273.1950199310513,273.2623943437344,273.31671304600025,273.2254492368829,273.12117612773727,273.35585403246233,273.12117612773727,273.1733027317762,273.1798078196935,268.4081960185689,270.6833928791679,270.70045744139355,270.72178322393296,270.8519719288151,272.05506991485413,273.0495708962028,273.0777686551335,273.3950062310909,272.9584530622962,272.9888296889164,272.90644071256554,273.1494210358676,273.20806485658073,272.7894369606696,273.1168412293906,273.09296940412577,272.7482964152205,268.35368691556295,268.48789099041795,272.78511258637576,273.3254280736765,272.94979373056907,272.96281524719427,272.9974914976913,273.36019652139026,273.02134663315996,272.92811549997464,273.02354487709067,273.14508524089206,272.9779708842772,270.6919407801335,268.5844321328167,268.443849762458,268.5529634162745,272.8890969020711,273.3102014364216,270.3851901864476,270.6684591804754]','{}','');
INSERT INTO "results" VALUES(3,'mha_s8192_nc',1,277.15278311999958,'TFLOPS','{"calls_checked":31.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.438113218114467e-08,"lse_tol_ratio":0.013168183939935383,"o_max_abs":0.01582050323486328,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001827260481025507,"o_tol_ratio":0.47619402593292787,"sampled_lse_max_abs":3.814697265625e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.141204062170186e-08,"sampled_lse_tol_ratio":0.007237320720709766,"sampled_o_max_abs":0.015034675598144531,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021121515837817027,"sampled_o_tol_ratio":0.38322966200817243}','[272.54600108596696,276.9517248701678,276.8869910408104,277.10360976224536,277.1181296706335,279.5872677782283,279.6544067231379,279.406525969605,279.445161693082,279.2112591570145,279.3440575819507,279.4156167627453,279.5531511717716,274.83613409313267,274.58027014937704,275.0957901052419,274.9119898895239,277.19638353267976,277.1874365693657,277.26236230794353,277.3115960295192,277.2768988584329,277.23439373856,274.72846784769354,274.7910664196748,274.8867054336194,277.0499725620984,277.00419261219326]','{}','');
INSERT INTO "results" VALUES(3,'mha_s16384_nc',1,279.11147472887473,'TFLOPS','{"calls_checked":17.0,"calls_checked_in_full":3.0,"lse_max_abs":1.1444091796875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.384472194586221e-08,"lse_tol_ratio":0.01989621603152197,"o_max_abs":0.015716075897216797,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.002123997656537552,"o_tol_ratio":0.4353208293053992,"sampled_lse_max_abs":7.62939453125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":8.258224107252028e-08,"sampled_lse_tol_ratio":0.014120806464674649,"sampled_o_max_abs":0.01273202896118164,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021259939059232267,"sampled_o_tol_ratio":0.38987299860047847}','[279.1778088672223,279.2169392341759,279.18517772220525,278.93134552150667,276.6646026450498,279.1341445537195,279.0888049040299,278.90642961961686,279.00834809806975,279.0859674425983,274.5994646748507,279.17383728332214,279.22941592923286,279.26062945631105]','{}','');
INSERT INTO "results" VALUES(3,'mha_s32768_nc',1,280.29845994161178,'TFLOPS','{"calls_checked":13.0,"calls_checked_in_full":3.0,"lse_max_abs":1.71661376953125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.3110820936427274e-07,"lse_tol_ratio":0.03063973728808366,"o_max_abs":0.015793323516845703,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019088183092202773,"o_tol_ratio":0.4052033415051693,"sampled_lse_max_abs":1.33514404296875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.5360353972152087e-07,"sampled_lse_tol_ratio":0.023194292825561222,"sampled_o_max_abs":0.009293317794799805,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020226049081785093,"sampled_o_tol_ratio":0.3669306114293814}','[280.3340492972533,277.8722537189418,280.10495166144085,280.26287058597023,280.41126573794605,278.7703732287862,277.8708473226139,284.8062573222726,284.77468869959625,280.6179478486899]','{}','');
INSERT INTO "results" VALUES(3,'mha_s4096_c',1,220.03329748185149,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.22195190734452e-08,"lse_tol_ratio":0.01678074440456146,"o_max_abs":0.015890121459960938,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0016021895784403154,"o_tol_ratio":0.46979055988496327,"sampled_lse_max_abs":7.62939453125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":8.970995284963029e-08,"sampled_lse_tol_ratio":0.013559084864820667,"sampled_o_max_abs":0.015301704406738281,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020124224917903426,"sampled_o_tol_ratio":0.40206744450954773}','[216.5102268341941,216.55660839999075,216.57845386209758,219.9811647826144,220.09108432149858,220.1418502410024,220.05443227184296,220.0995296759605,220.17851039513792,220.0967144857928,220.15311605309944,220.11362771895534,217.98267867087063,218.30398155572098,218.2568485553739,218.19862680826387,218.37613590679516,218.29290419419715,219.94454933085413,220.02625315330673,219.97554052831057,220.04034181039626,220.05724638046976,219.54262418081925,220.04034181039626,220.2152037925525,220.11081216813542,220.1418502410024,220.04596937886163,220.1587704120165,220.20391059625308,220.11646435418803,220.09389936763978,220.15029949197708,220.00370665781637,220.24061246089832,220.3309995589921,220.37056593157288,220.46388426767345,220.22649814725844,220.30274956872216,217.6209680482821,217.64853439823764,217.55481265837187,217.67610773281356,218.54558617932935,219.4612999630806,219.8967053314843,219.52299804802527,219.29881128468054,219.44166748323943,219.80948190863808,219.34080359287708,219.7897870871375,219.32962076160825,219.6015654689783,219.58470992262815,219.66051748851052,219.7054744988229,219.45008395666832,219.68579831010427,219.91358783820752,220.11362771895534,220.1587704120165,220.00370665781637,220.11081216813542,220.1644040398521,220.40732337549116,220.3960104663398,220.24061246089832,220.1023449381456,220.22367970818604,220.22086134125297,220.2377936605492,220.30557003205482,220.19545722972526,220.25472858382653,220.26320754234996,220.26602699328,220.18698348635053,220.20674955895427,220.3733881316449,220.1644040398521,220.1418502410024,219.74481651046764,219.92766207022427,219.92766207022427,219.87137594821874,219.9924351427681,220.11646435418803,219.86573634183665,219.78697981488918,219.95581593936342,220.0967144857928,219.74762270573427,219.9417381038276,220.07696816117888,219.8432227295703,219.70266937991835,219.92204055135844]','{}','');
INSERT INTO "results" VALUES(3,'mha_s8192_c',1,229.00767474799252,'TFLOPS','{"calls_checked":55.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.886101903023348e-08,"lse_tol_ratio":0.018115565277736615,"o_max_abs":0.01701974868774414,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020175910825631963,"o_tol_ratio":0.432663537378064,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.724265895273864e-08,"sampled_lse_tol_ratio":0.01071748105470874,"sampled_o_max_abs":0.015416145324707031,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002047583555472003,"sampled_o_tol_ratio":0.42348450414306393}','[226.78347786735588,226.88230768336152,227.7485355802984,228.99928238831865,228.93823501163575,229.09700317674597,229.1718688592163,229.1138027127981,229.0252345397634,229.13060471282935,229.0572904942892,228.99928238831865,229.11990396715373,229.09700317674597,228.9779064188877,229.10310353638593,229.22385732812697,229.09088038125202,228.93366629402286,223.8186220855195,224.7232708227151,227.06824005146845,227.21990128699312,228.90316738911352,229.1229774832788,229.15658663962853,229.1550608071154,229.18867937717008,229.01149577071527,228.82541151323178,228.99316481496905,228.98707030855314,229.00385372526978,229.0252345397634,229.1718688592163,228.93062058358387,229.11990396715373,228.87876502801018,229.08630556925206,229.1245028885658,229.1611642590876,229.11837862310094,229.25138750414283,229.17492099225126,228.99928238831865,226.79545603288403,226.9857371404656,227.1582994490784,227.12527385073227,227.1282717133251,227.09073702300745,229.08935542361706]','{}','');
INSERT INTO "results" VALUES(3,'mha_s16384_c',1,234.04781063752671,'TFLOPS','{"calls_checked":30.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.809662761933384e-08,"lse_tol_ratio":0.01671509251837139,"o_max_abs":0.015827178955078125,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018947513521073915,"o_tol_ratio":0.425150511987412,"sampled_lse_max_abs":7.62939453125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.827564193940133e-08,"sampled_lse_tol_ratio":0.0131594808005807,"sampled_o_max_abs":0.01452493667602539,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020832160206215224,"sampled_o_tol_ratio":0.4270439438882212}','[232.2051158505176,234.20413663681433,234.07171195054943,232.19648757389245,232.19333104752945,234.07171195054943,233.98722391622792,233.9896220885101,232.20198247266168,234.03664569298022,234.16822214446825,234.1706240283638,232.27259752373038,233.8836982526191,233.686465380651,233.6411685137357,233.9681115279649,234.0478106375267,234.08368820139856,234.088464786139,233.98245146220006,234.05576928017913,234.12594754243864,234.17859102572777,234.1363126801461,234.23368515952328,234.23527937391475]','{}','');
INSERT INTO "results" VALUES(3,'mha_s32768_c',1,237.53563992350459,'TFLOPS','{"calls_checked":17.0,"calls_checked_in_full":3.0,"lse_max_abs":1.52587890625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.923283077291548e-08,"lse_tol_ratio":0.02775896529567219,"o_max_abs":0.01575946807861328,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001982314649118574,"o_tol_ratio":0.4490620539539343,"sampled_lse_max_abs":1.1444091796875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.92975129349645e-08,"sampled_lse_tol_ratio":0.020036838395284345,"sampled_o_max_abs":0.015417098999023438,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002073446147497991,"sampled_o_tol_ratio":0.3918415491116001}','[237.65248998268746,237.51983252719702,237.55144731981216,233.78623722642246,236.26186248640775,237.5157222436045,235.26856870485364,235.73099209876247,235.6396672138417,237.66728511922094,237.61839959539196,237.61139660337804,239.5738297344969,237.730185006441]','{}','');
INSERT INTO "results" VALUES(4,'mha_s4096_nc',1,587.24555359809972,'TFLOPS','{"calls_checked":65.0,"calls_checked_in_full":3.0,"lse_max_abs":3.4332275390625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.488926644499887e-07,"lse_tol_ratio":0.05219753658945819,"o_max_abs":0.015644073486328125,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0016928361738165097,"o_tol_ratio":0.4454353609163234,"sampled_lse_max_abs":1.9073486328125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.96081389327788e-07,"sampled_lse_tol_ratio":0.03507296158051671,"sampled_o_max_abs":0.014003753662109375,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002070728298720988,"sampled_o_tol_ratio":0.3912053868209947}','[580.1363876801925,580.8130385066582,580.4696206208362,581.5995478080248,581.6389383619252,587.1652892969347,586.764222023871,587.0649804280174,587.5066483957394,586.894489170078,586.403703550125,586.9145440221143,586.8744356885421,587.335900546435,587.37607198208,586.6740508533447,586.7842306432013,587.5870060566084,587.8886087395983,587.546843192524,587.2556115479464,587.6171786042565,587.4965818450926,587.4463665111613,587.7478247965779,587.0950620158054,587.4061854601961,587.9087315907325,587.6975665061184,587.2455535980997,586.4237248742082,586.4537407795124,587.0449152940242,585.0258599704368,586.6740508533447,588.0495926379375,587.7880526018673,586.8443767048389,587.2154565869494,588.2811591697665,586.5638751296249,587.0047891405615,587.8383263704277,588.009366513505,587.5769741837624,581.4715836757492,581.8851951965195,582.2993587929102,583.1789740848812,586.5438442347112,587.9188122705414,586.8543835773662,587.4061854601961,587.2455535980997,587.6975665061184,587.9691084104097,588.2207557630155,588.603645510301,588.8255741379429,588.2610108162042,588.8558364288426,588.754949165986]','{}','');
INSERT INTO "results" VALUES(4,'mha_s8192_nc',1,611.58728756194,'TFLOPS','{"calls_checked":35.0,"calls_checked_in_full":3.0,"lse_max_abs":7.82012939453125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":4.4273969585977053e-07,"lse_tol_ratio":0.11770125205998722,"o_max_abs":0.01567220687866211,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001393746536356075,"o_tol_ratio":0.4286384775761426,"sampled_lse_max_abs":3.62396240234375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":4.924631832693742e-07,"sampled_lse_tol_ratio":0.06477545961938758,"sampled_o_max_abs":0.01578998565673828,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020990352027049344,"sampled_o_tol_ratio":0.383562292933175}','[611.5355657838187,611.5192665124443,612.1729722002364,606.7409161500362,611.3832298739887,611.6008932245322,611.9876286250012,612.1402659125343,612.1402659125343,611.0842107956579,611.5736818993478,609.7124899391102,609.7449776145935,612.1784168160065,612.3529802557674,611.8405060455718,606.264526992721,612.0312025018794,612.0093944831516,612.1675276813123,612.0748232022396,612.3748127681124,612.156598305064,601.783618930644,601.8837579742319,601.4149626407967,602.3163485529858,612.0530120748534,612.0911927230234,606.2484676365096,607.2663494490068,611.3397482104816]','{}','');
INSERT INTO "results" VALUES(4,'mha_s16384_nc',1,624.09132685637553,'TFLOPS','{"calls_checked":19.0,"calls_checked_in_full":3.0,"lse_max_abs":0.00016021728515625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.127941356454422e-07,"lse_tol_ratio":0.24537007123093166,"o_max_abs":0.01628875732421875,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018918650466133253,"o_tol_ratio":0.41794066376299693,"sampled_lse_max_abs":7.43865966796875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.428131951916809e-07,"sampled_lse_tol_ratio":0.12018418133339971,"sampled_o_max_abs":0.011203765869140625,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020702327758393767,"sampled_o_tol_ratio":0.41179261355498975}','[623.9822667681976,624.4301813160786,624.5152913984547,613.5366166642925,614.2742872714205,624.3847818495,624.3450521655211,618.737624697119,618.8685660766869,624.2146137517248,624.3025385511253,624.1324152730116,624.2656502158429,614.0080752388698,614.2578007763708,624.0502384397395]','{}','');
INSERT INTO "results" VALUES(4,'mha_s32768_nc',1,630.27466722511144,'TFLOPS','{"calls_checked":13.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0003185272216796875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.5160962942971903e-06,"lse_tol_ratio":0.48770621138542264,"o_max_abs":0.015997886657714844,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020230737548908046,"o_tol_ratio":0.41505815420405134,"sampled_lse_max_abs":0.000133514404296875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.6641847772939643e-06,"sampled_lse_tol_ratio":0.23032110681186013,"sampled_o_max_abs":0.009610176086425781,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002160081566477037,"sampled_o_tol_ratio":0.397170343111317}','[630.4915104016837,631.5736448542845,631.5417300131936,630.2876742185001,630.5103021935088,625.3179794247142,625.0208063191828,626.142710983,625.0577839565922,630.2616602317228]','{}','');
INSERT INTO "results" VALUES(4,'mha_s4096_c',1,525.33005018740221,'TFLOPS','{"calls_checked":102.0,"calls_checked_in_full":3.0,"lse_max_abs":2.47955322265625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.7673470302044963e-07,"lse_tol_ratio":0.03902813694504916,"o_max_abs":0.015939712524414063,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0016645530793126626,"o_tol_ratio":0.5017268499373191,"sampled_lse_max_abs":1.9073486328125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.172263438238122e-07,"sampled_lse_tol_ratio":0.03572758403145628,"sampled_o_max_abs":0.015480518341064453,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002006625044702517,"sampled_o_tol_ratio":0.3919048750783753}','[514.1826307079343,513.230269830087,514.5830420207516,512.6635539126983,513.629198670241,515.679711846847,516.6101144435838,516.5168999917777,516.3151374074388,516.1910008113199,520.9178241849728,523.5051919798116,523.6488064862599,517.9964369513618,521.4553596050813,524.960846481571,524.7203720656569,524.5120913190168,527.4428509503525,524.5281391685854,524.6242081670607,523.0748207198221,525.3621872079254,525.474667813179,524.6082141160828,524.5120913190168,525.3461481289236,525.1373703979756,525.8445948659829,526.4730568804722,527.9128928410834,526.6183045923955,526.9737055615494,521.4395581830131,526.1989519378765,525.297917098357,526.0700177540629,527.1030229024698,527.9615448422805,528.1887867950443,526.7959451344863,527.1353772186329,527.038326183667,526.8767140428017,526.29563399688,526.4730568804722,526.6990190336526,527.3133668320622,527.2486184708255,527.4914766840657,527.2162502526384,528.4325120904799,527.9615448422805,522.2003499872145,525.3300501874022,525.1533967311402,522.9952131597126,525.7641420662395,525.3300501874022,524.2239937501912,523.8084441611245,525.6675952452555,526.1183906785584,524.2239937501912,526.2795378726688,526.4569499020632,525.314013070569,521.6770931996127,521.4237577185623,519.170425627982,521.6454054273353,521.1706681663271,519.4058973282888,520.0977582426658,520.949423621196,520.8546368115684,522.8360114359898,521.7880012074113,522.867844026405,522.883791418134,521.6295334838819,526.6990190336526,526.5860137165342,526.7152009857267,527.4266845782138,526.2472885267756,526.2472885267756,527.0706725577248,527.3781310979975,527.6210482991916,527.5724590288285,527.4428509503525,528.2050604192722,527.2648342120979,528.2862620328638,527.2000977681396,527.8966976425368,519.8774234991337,524.1120478773935]','{}','');
INSERT INTO "results" VALUES(4,'mha_s8192_c',1,578.7487995104882,'TFLOPS','{"calls_checked":56.0,"calls_checked_in_full":3.0,"lse_max_abs":6.67572021484375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.9477645326165763e-07,"lse_tol_ratio":0.10292085262927783,"o_max_abs":0.016162872314453125,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0016860938488918635,"o_tol_ratio":0.4456175566316704,"sampled_lse_max_abs":3.24249267578125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":3.647929367114225e-07,"sampled_lse_tol_ratio":0.05891538759825936,"sampled_o_max_abs":0.014852523803710938,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020432284805523247,"sampled_o_tol_ratio":0.4376671842060204}','[579.519965762689,580.2343791173103,579.7937692602371,579.217101686072,579.2952439319828,580.2343791173103,579.2854568068368,579.7741980813457,580.5775186297423,580.499030087416,580.4107741022498,578.9926146331374,579.4613116240085,579.7448620104975,579.4027057545613,579.9014161368791,572.9679041492358,572.4238049718352,570.5607264711667,577.7756251824323,576.80568210132,575.4243411369931,578.6318513386274,579.0999641965012,579.3343229621058,577.125420436072,577.8436404807765,577.5522538692045,578.729335126536,579.0999641965012,579.1097450547401,578.9730975025801,577.5910980823706,573.8674453180313,577.727057798235,578.4272966569389,578.7487995104882,579.0219109711265,579.3440753484231,577.4260643264613,578.1742439471413,577.1835664985442,578.1256095274601,576.6411328577955,579.3147827880025,578.5734131214364,579.0023918654654,576.3606096474972,577.9700126220085,578.1742439471413,578.9341035272176,577.416376406376,578.0477824902505]','{}','');
INSERT INTO "results" VALUES(4,'mha_s16384_c',1,621.69878064562363,'TFLOPS','{"calls_checked":30.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001277923583984375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":5.249839821798053e-07,"lse_tol_ratio":0.19374764213457155,"o_max_abs":0.01584911346435547,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018483752489170386,"o_tol_ratio":0.49706757155840964,"sampled_lse_max_abs":5.340576171875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":6.237352889258002e-07,"sampled_lse_tol_ratio":0.09417116793638548,"sampled_o_max_abs":0.012592792510986328,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.00199736794621781,"sampled_o_tol_ratio":0.3836767626377343}','[615.1705925271677,621.4289430329546,621.6987806456236,615.0494548269482,616.771759509693,612.7297178304979,622.0589568361088,616.9323223748894,617.4256722144,616.9046345811682,617.9086759946217,622.380112606564,622.013943452141,622.284289453599,622.5661743906584,622.4308495176895,622.5097853777571,621.980135259866,622.1377983925017,622.442106841038,622.013943452141,622.1828716756771,622.571805449182,615.6169942719678,615.6997186676706,621.2716389286845,621.6763201464662]','{}','');
INSERT INTO "results" VALUES(4,'mha_s32768_c',1,637.46160510363859,'TFLOPS','{"calls_checked":17.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0002841949462890625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.606359380138402e-07,"lse_tol_ratio":0.39636728515200625,"o_max_abs":0.0157318115234375,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.002015968587345536,"o_tol_ratio":0.4731341045973352,"sampled_lse_max_abs":0.000125885009765625,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1073663591844624e-06,"sampled_lse_tol_ratio":0.21680715332207687,"sampled_o_max_abs":0.009080886840820313,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020727270037845867,"sampled_o_tol_ratio":0.384207501829451}','[637.9927616961619,633.6687643960793,634.2272831505181,638.3602297239191,633.0062512150907,636.7012018798306,637.4778622644967,637.7529568510266,637.4453479427805,637.5843280209515,637.1085045239079,635.852823750663,637.5813750557353,638.197196906773]','{}','');
INSERT INTO "results" VALUES(5,'mha_s4096_nc',1,665.47372789685483,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":2.86102294921875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.4843721451525594e-07,"lse_tol_ratio":0.04269362383820687,"o_max_abs":0.015707969665527344,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020528901912885353,"o_tol_ratio":0.42312724559956777,"sampled_lse_max_abs":2.86102294921875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.8911130622534634e-07,"sampled_lse_tol_ratio":0.04213718924946586,"sampled_o_max_abs":0.015541553497314453,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020760569828204814,"sampled_o_tol_ratio":0.3883325485230689}','[662.0500916090762,662.3691634423722,664.7655966475469,665.3448340257586,666.9980698011233,663.3410122000613,663.6997734786667,662.841941236813,664.5984246456832,662.0628751933529,663.7767218622001,665.0615390989126,666.713317381539,668.1914047271803,666.1833212897026,668.5033910052033,668.2953516513196,665.989658900743,666.9462697749059,666.9333451381324,667.3996722583121,666.1445894243196,664.8684803530945,665.7573741658717,663.5844559618191,664.91995811633,666.3383900803299,662.982638566967,664.6498605974066,664.1873191105748,663.136173029268,664.4442124117736,665.4737278968548,667.3219299314029,669.8588346956159,667.9186434227205,666.4934829173602,666.1704262058242,665.5252514076468,667.7628866852,666.2608466621501,667.2830172835302,667.6331046129955,666.8427420681252,664.1873191105748,662.7908323445246,665.8993120320167,664.6626968806197,664.9070639618526,666.3642418976415,663.4691307850982,664.636976916184,666.467621071376,664.0076263023074,664.9070639618526,661.9352990878663,666.2608466621501,665.203132412403,665.1902752466075,664.6884188357428,664.2515118515663,665.615496795553,665.680013953584,666.7909661641108,665.4737278968548,665.3834729433859,665.6284184413835,665.5768309266908,664.2643805928527,665.7573741658717,666.7909661641108,665.0228896112137,663.04659864667,665.3834729433859,666.2479485768617,665.5123817870091,663.4562928376928,665.1645144361328,665.8606131832033,664.6626968806197,664.7269815480859,663.443503109044,666.0800302886846,665.6026236844649,664.6755815590108,662.5479704283198,664.3671092015977,665.6670903044786,663.1105710684352,665.3061995954063,665.938015379333,665.5252514076468,666.8944777937924,668.1784317873177,664.3157170020278,665.5768309266908,669.6760604026473,666.2737933768262,665.11299880055,666.0413104326888]','{}','');
INSERT INTO "results" VALUES(5,'mha_s8192_nc',1,694.6623745540121,'TFLOPS','{"calls_checked":72.0,"calls_checked_in_full":3.0,"lse_max_abs":6.67572021484375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":4.4142447146953515e-07,"lse_tol_ratio":0.10351594571458181,"o_max_abs":0.015677928924560547,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0016851490972458966,"o_tol_ratio":0.404202651557856,"sampled_lse_max_abs":7.05718994140625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":5.155468956219005e-07,"sampled_lse_tol_ratio":0.10907715304149554,"sampled_o_max_abs":0.015291690826416016,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020918666609690095,"sampled_o_tol_ratio":0.3952084962205187}','[696.4435195123759,695.7313730477443,696.0907839090028,695.3301329324994,695.5764867115616,694.6623745540121,695.9709740465119,694.5500642378131,694.5991791856367,693.0929633541051,693.9328755443088,693.1349445300066,693.5196788218909,693.0440611761809,693.5686481457375,694.9715069298647,693.8627659697306,693.8417828355127,693.1349445300066,695.1894676188618,694.9855411355073,695.3723331424228,692.3318826092371,693.5616595551035,692.5551586598998,692.9951138305272,693.0510393396193,692.5621269813795,692.5411704378298,693.8907976589654,698.5745531329064,696.4435195123759,694.1501328943053,696.4364728659554,694.1922422389176,694.199243543374,697.2703331835564,696.8884830623393,695.6679830390553,695.4145909071651,696.3659090922993,695.8511529217988,695.5835159657071,697.0369481831237,694.9855411355073,693.7226936666399,695.2527704479044,694.6834596729112,695.1753727799943,694.8941718680376,694.1431325804139,694.87312630682,693.2957805264864,693.016097856476,695.0347700690279,693.9959497233101,695.069915414449,695.1894676188618,693.8137551062441,694.2203005563456,693.6596691456391,694.5640814272768,694.8590442924282,691.3706612097918,694.5359953143321,694.4167200229523,694.8661114030273,694.9293553544981,695.4568013696829]','{}','');
INSERT INTO "results" VALUES(5,'mha_s16384_nc',1,711.89763018234476,'TFLOPS','{"calls_checked":38.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001659393310546875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.125265457875404e-07,"lse_tol_ratio":0.25686150901353605,"o_max_abs":0.01546621322631836,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.00191822108769208,"o_tol_ratio":0.4176591241410197,"sampled_lse_max_abs":6.67572021484375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.175459173709218e-07,"sampled_lse_tol_ratio":0.11822135752653407,"sampled_o_max_abs":0.010041475296020508,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020638479456357058,"sampled_o_tol_ratio":0.39290477348863173}','[713.3867850529086,712.1632339890208,712.7319356521501,711.0688937180121,711.8976301823448,710.9475444590049,710.5542389830227,710.8151708376681,710.5946393952612,710.5542389830227,710.506508914966,710.3302041086725,711.3670164732918,711.6948779214174,710.7379391415233,711.3449064464371,710.7820851341855,713.4645383328636,714.451085185562,713.4163613083246,713.6756999670512,713.0388412959835,712.9760060633969,711.8718059469868,712.8096013315219,711.7980798244196,710.719592234226,711.2639395210807,714.05019105509,713.2608926896744,713.5312132639488,713.1054366823229,711.9935259182653,712.8206742004393,713.8684767881576]','{}','');
INSERT INTO "results" VALUES(5,'mha_s32768_nc',1,718.08309807912667,'TFLOPS','{"calls_checked":21.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000339508056640625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.513305147916118e-06,"lse_tol_ratio":0.5161130793318573,"o_max_abs":0.015839576721191406,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001585674887508606,"o_tol_ratio":0.4044827094806117,"sampled_lse_max_abs":0.00014495849609375,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.733541227881941e-06,"sampled_lse_tol_ratio":0.2480104989370792,"sampled_o_max_abs":0.010272979736328125,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021218952613988066,"sampled_o_tol_ratio":0.39134179334414}','[720.8758923326046,718.0812252226834,718.5730303342586,718.2482549019479,717.6950116765488,717.5563734651911,718.0849709355699,721.1974097096775,718.6350642721007,718.3984074564282,717.9124291801127,716.7237740698333,718.5467755125253,718.064342046641,717.8149325364278,716.2046301817544,713.3164409408388,718.6876447401968]','{}','');
INSERT INTO "results" VALUES(5,'mha_s4096_c',1,582.92172990632753,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.4332275390625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.7655972091823383e-07,"lse_tol_ratio":0.05177958076835029,"o_max_abs":0.01571369171142578,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.002006390252244544,"o_tol_ratio":0.45425734438238036,"sampled_lse_max_abs":1.811981201171875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.1359617757998565e-07,"sampled_lse_tol_ratio":0.03559202176733121,"sampled_o_max_abs":0.015536308288574219,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002006745167265443,"sampled_o_tol_ratio":0.4186541210238117}','[580.8130385066582,571.1012879603898,581.4027116904618,580.2245602335535,579.9699328785467,579.3831609673427,581.481444810872,581.5798545317529,581.737401402848,584.3294051138623,583.6346434318266,584.8466120025352,583.1987758096639,582.3289539636343,584.548121704232,583.1789740848812,582.9019647392837,581.8556084066433,583.020645535456,583.9322013150116,583.0008559049654,583.7734635664718,581.5208193681038,584.7868747274334,583.1393746690866,584.4685559890293,584.548121704232,581.619242418037,580.263764751117,584.1903204812915,582.7832954276056,582.8030702906698,583.5355002373321,581.1273868219117,582.8228464957713,581.3633897693484,582.565934061273,582.2302905892311,583.4562468389609,581.678334251871,583.1987758096639,584.369166323572,584.4288182851218,583.2383464127056,584.5879126860523,583.1195769778008,584.4685559890293,587.1452173056141,578.583139906385,584.6276720285975,582.1908199005901,582.8030702906698,585.4046003757518,584.8665271397925,584.2499359336701,582.565934061273,584.1704513673031,582.0133047339112,585.0258599704368,581.1863787490319,573.944114973785,573.9824753444099,584.6276720285975,574.7505819468406,575.3280033807671,585.2849471300667,583.6941085822656,574.1742826522244,584.7271867239365,580.4402141340129,580.7148881002433,578.9926146331374,581.284688613051,583.3373886509484,582.605455631124,582.5461752870154,583.6346434318266,582.8030702906698,582.3092112610495,583.8131491505382,583.0404365094877,582.9414950733714,581.0291301535766,583.060228827197,582.3289539636343,584.1903204812915,582.5856941759304,583.9719084850916,581.8556084066433,583.09978063074,582.5066617591543,583.0799856277672,585.0657160216334,584.8665271397925,583.7734635664718,584.4089329448228,584.5680165180087,568.3617045809643,582.4671535912565,580.028653558626]','{}','');
INSERT INTO "results" VALUES(5,'mha_s8192_c',1,645.36238311489819,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":6.866455078125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.9549787982237434e-07,"lse_tol_ratio":0.1066599036387026,"o_max_abs":0.015789031982421875,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017920576219845486,"o_tol_ratio":0.4758599819616009,"sampled_lse_max_abs":3.24249267578125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":3.7831300746677207e-07,"sampled_lse_tol_ratio":0.056373213523467906,"sampled_o_max_abs":0.015484809875488281,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020406265881194358,"sampled_o_tol_ratio":0.48864277019307994}','[645.4957569869683,647.283294417298,647.3198639563549,646.8811205477975,647.6004738572327,647.7347745000396,646.3457107798993,645.847589957925,647.8813271495774,645.6291408043191,645.483605171637,644.6843080295764,645.0110333386395,642.466249025057,644.8778596802083,643.1637917125086,640.9920678679722,643.7662749355859,645.289644645692,644.8536931821917,644.2974630565373,644.9020730814397,645.9811644767676,646.236299166315,645.9568699784465,643.8507153696927,643.0554546099302,645.3381351365113,647.1491809086677,646.2849320401505,647.2223392277176,646.6133274968798,647.9179642958268,647.0394971306906,645.4472428068409,645.4350928180364,644.708461833287,643.8266257924408,644.4182853460159,636.7985271481315,645.277545733751,645.8840426757005,646.9298505264992,646.7958834259526,645.7990680965846,644.9989448720369,644.0438117067803,646.0297589561325,645.3623831148982,646.1634088459639,641.1236412890587,647.3564376277808,646.1512318800369,647.1613501091335,641.147529016075,645.9568699784465,643.0193204665482,644.9142030106885,644.7447860722552,646.078360747169,645.1200304211013,646.3700345362522,645.7262311625408,643.8145367399082,645.9690396197583,646.9298505264992,644.7931496308423,644.2491288252644,647.8568895185349,646.564645188901,646.2606146882936,643.8989898359639,647.7347745000396,646.2727957773297,646.3821744514471,647.3076887938369,643.3805305861479,644.3457595267547,644.0197076782916,643.8628057809452,642.6946093075244,644.5270821727895,642.76671909048,643.633659646654,645.3623831148982,644.8415655290243,644.8657762047887,644.5512692392174,645.7990680965846,644.6721867467073,645.7383469061347,646.8689618838056,647.8324537309637,647.2710752066492,644.986811754858,643.9472715417977,643.8024930795438,642.9712226288003,643.6698179502436,644.8294834136856]','{}','');
INSERT INTO "results" VALUES(5,'mha_s16384_c',1,697.60653681455904,'TFLOPS','{"calls_checked":73.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000133514404296875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":5.251460496310344e-07,"lse_tol_ratio":0.20288994113409214,"o_max_abs":0.016650676727294922,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0016307857830259725,"o_tol_ratio":0.43922967160305737,"sampled_lse_max_abs":6.4849853515625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":6.473494107992849e-07,"sampled_lse_tol_ratio":0.11437072441130172,"sampled_o_max_abs":0.015175819396972656,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.00208239901570959,"sampled_o_tol_ratio":0.4444374831255739}','[693.8557714506436,697.0440069862391,695.8793455040618,698.1487305532983,697.9643492446673,697.9714268437152,698.4680620208848,695.8441182574026,697.1854238758556,696.1683855579287,696.0273283925493,698.1061926972981,696.8884830623393,697.1713006837397,697.5959314057662,698.8089690975528,699.2142353498826,697.8367658098726,697.6738162568444,697.6171422233518,698.3686890290179,699.9620577777252,698.3970330987903,697.3198336248815,697.0369481831237,697.7234267856269,697.8155416352236,697.872195106903,698.6171480872102,698.2338218190043,696.3235882051766,697.9076280016196,698.567463296943,695.3934613828125,697.3906435964742,697.4047756769103,695.4004869382454,699.0222447943986,696.3588640163146,694.87312630682,695.9357375225201,698.6810767219639,699.6342475814002,696.959152787473,697.0227783308172,697.9572717891552,695.9145763176743,698.2622078045938,697.992713323773,698.6810767219639,696.4364728659554,696.74718659764,696.4788074763283,696.5635447450034,696.6694558647733,696.1966038520903,698.0636071922079,697.3552104505442,695.3582833112055,697.6313362519849,697.8013401099805,698.3189867003556,696.5423453442539,697.5675995646088,698.7308306087953,696.655353569093,697.7304994994195,699.5274331681532,697.9572717891552,695.1331964719118]','{}','');
INSERT INTO "results" VALUES(5,'mha_s32768_c',1,717.14265077851974,'TFLOPS','{"calls_checked":39.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000278472900390625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.611784629636656e-07,"lse_tol_ratio":0.42222562869689323,"o_max_abs":0.01629018783569336,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020743423853208935,"o_tol_ratio":0.44005589211909596,"sampled_lse_max_abs":0.0001983642578125,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1766857935949156e-06,"sampled_lse_tol_ratio":0.3007761122686171,"sampled_o_max_abs":0.01306772232055664,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021035801850045996,"sampled_o_tol_ratio":0.4226645675669318}','[717.4196302964267,717.9218170741415,717.0977362422013,716.2195906736624,717.7231031883405,715.9173876344774,716.1411801725312,715.9360038841068,715.6154395119685,716.7873273611062,717.3073166403977,717.5582714922149,717.2810984460502,717.3260610351008,717.3634969694133,716.7648791181059,716.6378474455705,718.5411217401515,717.4833070589385,716.7873273611062,716.7312372377778,717.3560206285612,717.187565314838,717.8356029649606,716.9743207037379,716.5668607569164,717.2175133404445,715.9845218242092,716.3838078511951,718.0906175318357,718.4847568155946,717.23246040429,717.2175133404445,716.9518607469317,716.3763519168741,716.862090705766]','{}','');
INSERT INTO "results" VALUES(6,'mha_s4096_nc',1,662.72049366182705,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.24249267578125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.493077318363581e-07,"lse_tol_ratio":0.05020859011089246,"o_max_abs":0.01593637466430664,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018070498063299985,"o_tol_ratio":0.44561656146955053,"sampled_lse_max_abs":2.09808349609375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.897066291421095e-07,"sampled_lse_tol_ratio":0.039641279574376624,"sampled_o_max_abs":0.015653133392333984,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020803995578820875,"sampled_o_tol_ratio":0.396052750527275}','[663.4050414487192,662.7652570416436,662.4969068578828,664.3799824223208,662.3947081842612,665.0872439749785,662.3691634423722,662.7396837124496,665.4092507168408,663.04659864667,665.11299880055,664.5855429584498,665.1774185778136,663.5716135510473,663.9434806881998,659.2049390601142,659.0279317007069,654.1721518207406,658.4974325029715,661.7695948584217,662.2031944041727,660.9803037430469,660.9803037430469,662.2031944041727,663.0338247086898,662.4202548965286,659.647873731967,661.7440983068827,660.4974532419374,660.5990672667833,659.9266215849316,658.8636326484283,662.6757828286295,659.0658403907944,660.7769197241639,660.8023417992655,659.6985462222947,660.0026502695774,659.2554963990631,658.7499423700812,662.5607732471851,658.9646974675125,661.4892882470706,661.4892882470706,661.3874476160232,660.4847773354353,661.1201643949346,664.4313367018763,662.9570484596646,665.5252514076468,664.5598768473722,664.7269815480859,664.1231387754559,662.982638566967,664.5727096551017,665.7315694134686,664.5855429584498,662.0628751933529,662.9314603277634,663.5075521461353,663.2642124930534,663.2129907746986,662.3947081842612,662.6885429742096,662.7013036112046,661.9991047513927,662.4458035794027,664.2386914452903,663.1489985908402,662.5607732471851,662.3053339857343,663.4562928376928,662.7908323445246,663.3026101235165,662.841941236813,663.9434806881998,663.6613298533431,662.9442779718803,663.0338247086898,664.3542843327965,664.4699174589741,663.533184770731,663.8536880903691,664.0589708426135,663.7254209574902,662.841941236813,664.3671092015977,662.4074575075737,662.8291751832031,664.3671092015977,662.6885429742096,663.04659864667,663.5844559618191,660.0406711816008,661.1456128887139,661.7186037199222,662.1393969293259,661.7313270298685,663.6100467828569,662.5096601156379]','{}','');
INSERT INTO "results" VALUES(6,'mha_s8192_nc',1,690.75910763595232,'TFLOPS','{"calls_checked":82.0,"calls_checked_in_full":3.0,"lse_max_abs":7.2479248046875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":4.415467899455914e-07,"lse_tol_ratio":0.11103597676683222,"o_max_abs":0.018260478973388672,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001870474375927169,"o_tol_ratio":0.43834641257924034,"sampled_lse_max_abs":4.00543212890625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":4.955776380326286e-07,"sampled_lse_tol_ratio":0.07202614343217606,"sampled_o_max_abs":0.015044689178466797,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021044667231830162,"sampled_o_tol_ratio":0.3848955704135922}','[692.9672065242808,692.4574609191569,692.394666070222,690.4537105396713,692.2551338637264,692.3667551292058,692.3458104074958,691.6768183140937,691.6350654398339,690.5508436468011,690.0585330420766,690.6896378683327,691.1481481344905,690.4328813989835,692.0947802831986,691.0021807199196,690.3566047542474,689.5115077060083,690.5577716925841,691.6768183140937,691.38455036029,690.7591076359523,690.3011132353352,688.8134602040335,690.1832362844074,690.2733708210902,691.308063308071,690.7451918723154,690.2387088525306,690.0308101220568,690.0377277371016,690.4051283927163,690.2664484806277,691.2593608619368,691.1412082377574,689.6845388321507,689.8298984477004,690.1139339295705,690.7313283976913,689.670666330091,691.0647232360916,689.2072640438175,690.425955858894,691.5585229522694,691.2593608619368,690.5022478302817,691.3219499435621,690.3427052030546,690.2387088525306,689.1934107349912,690.2248657007981,690.8007548137296,691.2107170776325,691.9763419249158,691.7116248728938,691.3984918971618,691.4888923050261,690.696620422496,690.5022478302817,691.1829015048097,691.0647232360916,690.0931769166353,691.1481481344905,691.2593608619368,690.7035513936534,689.0759632352328,689.546096674962,689.9545706733765,689.2072640438175,689.8437773563688,691.4402162123316,691.6141649626168,691.9136343013564,691.8578921992495,691.2385348893337,692.0668935136954,692.8693925031879,691.0438572144133,690.9396495231282]','{}','');
INSERT INTO "results" VALUES(6,'mha_s16384_nc',1,705.28535390658453,'TFLOPS','{"calls_checked":44.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001583099365234375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.101312734414787e-07,"lse_tol_ratio":0.24368977082533144,"o_max_abs":0.015604496002197266,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017374988962082654,"o_tol_ratio":0.4067348581270238,"sampled_lse_max_abs":9.5367431640625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.333474214824997e-07,"sampled_lse_tol_ratio":0.14517214076936008,"sampled_o_max_abs":0.015175819396972656,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002119877579463216,"sampled_o_tol_ratio":0.3893496795546244}','[708.0467217411685,707.3507471406119,707.7915114990398,706.5289308866528,705.2346622315908,705.2853539065845,704.6778035487325,705.7017866362148,705.0031370995613,705.8395004892599,704.468327116352,707.7842333439545,706.5216786742759,706.8196290105127,707.5910910529185,706.2094335954677,706.95777953348,705.5894951237475,704.9669800804818,700.8294145954757,704.2625780861365,705.3323850403358,703.1384367441663,705.1731409562899,704.9923057703219,704.5080384122631,704.6489473937158,705.3359989305123,705.162304402746,705.7815461107654,705.1876441286972,705.6220991693591,704.7031084653315,705.4011631846669,704.0028336711191,703.8081510603606,704.7211999027486,705.7163115621231,704.9018960167409,705.0754622655957,706.0715753660068]','{}','');
INSERT INTO "results" VALUES(6,'mha_s32768_nc',1,712.23516579744035,'TFLOPS','{"calls_checked":24.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000301361083984375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.517355812312746e-06,"lse_tol_ratio":0.43352724073904864,"o_max_abs":0.015712738037109375,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017208219853989128,"o_tol_ratio":0.40717378571249163,"sampled_lse_max_abs":0.0001430511474609375,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.7177935368022382e-06,"sampled_lse_tol_ratio":0.2377849551493188,"sampled_o_max_abs":0.013938426971435547,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021036570447677005,"sampled_o_tol_ratio":0.3836590400083822}','[713.6756999670512,711.7796232153481,712.1171018917768,711.7354081494603,711.5714484315336,714.2449955000258,713.8795825791597,712.5933912703665,711.8718059469868,714.0724695757069,713.4238109383867,711.6064194335768,712.2351657974403,713.4089670145604,712.5065806946066,713.1091306647115,714.1243844752212,712.1096795261072,711.2032264218248,711.6561643314521,712.0119386574138]','{}','');
INSERT INTO "results" VALUES(6,'mha_s4096_c',1,585.12547384078493,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":2.6702880859375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.7678603014153895e-07,"lse_tol_ratio":0.04044412268897949,"o_max_abs":0.015909671783447266,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018850565028456195,"o_tol_ratio":0.5432999304840769,"sampled_lse_max_abs":1.71661376953125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.2304384279485403e-07,"sampled_lse_tol_ratio":0.032920156111769634,"sampled_o_max_abs":0.015401840209960938,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020029198931543223,"sampled_o_tol_ratio":0.396511007111813}','[587.3258772459326,584.806785796494,584.4288182851218,585.7439147361189,586.5238147078428,585.2450612052158,586.043627822395,587.1652892969347,585.9237132340094,584.6873767806493,586.323631923044,585.4445080503007,584.6475722577487,583.5553261814747,579.617712627463,584.2300627643372,582.5856941759304,584.7271867239365,583.4562468389609,583.7139453056701,583.0008559049654,583.9322013150116,584.5680165180087,584.4288182851218,585.9636917193434,585.4046003757518,584.7868747274334,584.2499359336701,584.0314423851669,585.3647352919494,585.6241227567209,584.2698104550607,585.8038477087517,586.0236324435454,585.4844211663204,586.3836835931069,586.6439750795943,583.2581521697128,587.6272118500046,583.9917640952549,584.1307541876283,584.8864436333924,586.3036547025482,585.1454072953247,584.2896863286463,580.8916119910625,585.8637557334919,583.8131491505382,583.09978063074,584.6276720285975,585.1055403862451,584.7669650141612,583.6346434318266,582.2302905892311,582.3881901045216,586.3836835931069,584.1505836048202,584.548121704232,582.743786545497,581.9739001799343,583.5751534728581,584.9461641563519,584.5879126860523,584.7271867239365,581.1273868219117,585.2650034880829,583.2383464127056,585.085608968784,586.4437475654968,584.2896863286463,585.5043797652297,585.7638910310213,586.7241342322563,588.2912526255194,585.0258599704368,587.9892367728653,589.0981596617574,588.6339225596786,587.8282859142366,588.3516705122915,587.4463665111613,588.3919810220955,587.3459615913507,589.9275068176493,588.1099983947519,590.8404802004212,589.5428933387649,587.7880526018673,584.607810208501,589.0577523371535,590.1909924384486,589.3406447594807,587.8282859142366,586.9847281208105,589.3204237680454,587.9691084104097,588.2106647261605,582.6449457576957,581.4420755853524,584.0513020440259]','{}','');
INSERT INTO "results" VALUES(6,'mha_s8192_c',1,644.67824738814193,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":6.4849853515625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.943761003534519e-07,"lse_tol_ratio":0.10031455102688464,"o_max_abs":0.015590190887451172,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020310530161323156,"o_tol_ratio":0.4646695061994595,"sampled_lse_max_abs":3.24249267578125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":3.472980198659981e-07,"sampled_lse_tol_ratio":0.05971154546616206,"sampled_o_max_abs":0.014990806579589844,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002051255492047787,"sampled_o_tol_ratio":0.40475744186138}','[645.7262311625408,646.0175870269082,645.0352567417051,644.8536931821917,643.8266257924408,645.3138889801776,646.2970687587901,644.0800610866598,644.8536931821917,643.2962134275449,645.0110333386395,645.2290643474971,639.1676974401252,644.5270821727895,644.2370239011009,644.3336959835016,645.0110333386395,644.0197076782916,644.406174064447,644.9020730814397,645.4350928180364,645.2533041299566,643.7059803166919,644.7810693297138,642.8148311363499,644.6721867467073,644.031759467002,643.1637917125086,644.9142030106885,644.4424642473771,644.9142030106885,645.835470114651,644.4545318638418,644.9142030106885,644.4908274937359,645.2290643474971,645.3987359186244,645.0837090065088,644.1283249682978,644.8536931821917,643.645696991029,643.7301057945011,644.8294834136856,643.8989898359639,645.8718762367233,645.483605171637,643.633659646654,644.7810693297138,645.2048263861674,643.5733449591063,644.6963847051987,644.0921151343304,642.9230871704394,644.4666449632156,645.3987359186244,643.501054087614,644.9989448720369,643.1637917125086,644.5754581210418,644.2974630565373,644.3820429052387,644.1162695652831,644.2974630565373,644.9626370904481,644.0800610866598,643.2239847980409,644.2732950343764,644.406174064447,643.7542330807772,643.8989898359639,644.8899886986085,645.6655688662986,645.8840426757005,645.5684967480195,644.6479906046345,645.0352567417051,645.835470114651,644.708461833287,644.0076113737906,644.9020730814397,642.4182338881121,643.1276453932306,643.8507153696927,644.4424642473771,645.5442332789773,645.3623831148982,644.8294834136856,645.289644645692,645.4472428068409,638.1823597994387,644.6843080295764,644.2732950343764,644.394108258928,645.3502363206749,645.1321685509093,643.4046316745847,643.3323786982204,646.066186986468,645.9811644767676,645.8961643420997]','{}','');
INSERT INTO "results" VALUES(6,'mha_s16384_c',1,693.4286945545208,'TFLOPS','{"calls_checked":82.0,"calls_checked_in_full":3.0,"lse_max_abs":9.34600830078125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":5.24159422755454e-07,"lse_tol_ratio":0.14200971334846674,"o_max_abs":0.015682220458984375,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001710839311974483,"o_tol_ratio":0.47611279459621486,"sampled_lse_max_abs":0.0001125335693359375,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":6.860901955832764e-07,"sampled_lse_tol_ratio":0.1588079348842247,"sampled_o_max_abs":0.01501321792602539,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020760927396160393,"sampled_o_tol_ratio":0.39578165126621545}','[694.430731830657,693.3167306488415,693.0650481665494,693.2537798661739,692.6249522101883,692.4225792616411,694.304436854326,692.2063498387288,693.8907976589654,693.3377341568439,692.9601779861956,692.8134963049265,692.8065229241713,692.4713937704996,693.5966560751199,692.9182700336075,692.0878213630614,693.3867299158087,694.9504043219135,692.5411704378298,692.401631162385,693.88380257472,692.9112945435437,694.346512651478,694.0730327461462,693.2957805264864,692.310939997293,689.4769222069799,691.481945563739,693.9118359637504,693.1838595349426,691.1898422388743,691.9136343013564,694.304436854326,691.6698677964791,693.512691218074,693.1209328773515,691.8648464962713,692.0250935340225,690.8285396366474,692.3039767295849,691.8788074100867,691.9205897190265,691.7046736557375,694.7958131374295,694.1501328943053,694.5851605795162,693.9819032391218,693.9679095377709,693.7577064402365,694.1851888287263,693.8768076315076,693.2677968904834,694.430731830657,692.4713937704996,691.6489652158604,694.0590353694544,694.346512651478,694.8801413522499,695.0206815023276,694.1150805003127,693.9398716180091,694.5289872156833,694.9504043219135,694.5430558552426,694.8169063577647,693.5476827963406,693.2537798661739,692.5342025380565,693.7437217789042,694.1641861894652,693.4286945545208,694.4518028895632,693.2677968904834,693.8417828355127,694.1781878077614,693.673702588418,693.4636776568877,693.9538641886154]','{}','');
INSERT INTO "results" VALUES(6,'mha_s32768_c',1,711.55854790936326,'TFLOPS','{"calls_checked":44.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0002994537353515625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.66845926184262e-07,"lse_tol_ratio":0.4546795942404548,"o_max_abs":0.01580047607421875,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019714654377192197,"o_tol_ratio":0.44531779952454525,"sampled_lse_max_abs":0.0001220703125,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1271399423955684e-06,"sampled_lse_tol_ratio":0.2044209610187114,"sampled_o_max_abs":0.015173912048339844,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002077228805830511,"sampled_o_tol_ratio":0.3979830986760186}','[712.9611807681223,712.410546715368,712.5804536670475,711.4369766046547,713.1831837875231,712.0119386574138,712.0340901697539,710.6497731147584,712.3773123315066,712.1447584387661,711.8091212892011,711.1461973605748,711.3780445686458,711.2639395210807,711.0357843912221,711.8423026775841,711.5585479093633,712.1189162713632,710.5395689676118,711.4406533215238,711.0210944854243,710.719592234226,711.5143054163068,712.8613327592421,710.0733453818013,712.1152325406607,711.2676144496462,711.3523128780251,711.75380754058,712.0304073165931,710.4844523458695,711.0284393624496,711.0909865898703,712.0304073165931,711.9935259182653,711.7759429940686,712.4843997744348,710.2200990460099,711.5143054163068,710.9843175700607,711.9787414528965]','{}','');
INSERT INTO "results" VALUES(7,'gqa4_s4096_nc',1,694.69748224723537,'TFLOPS','{"calls_checked":82.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.485531287642291e-07,"lse_tol_ratio":0.05822952319511915,"o_max_abs":0.015822887420654297,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020630567283606844,"o_tol_ratio":0.4328249565414177,"sampled_lse_max_abs":2.09808349609375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.9004563988049894e-07,"sampled_lse_tol_ratio":0.039809775862276124,"sampled_o_max_abs":0.014683723449707031,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.00206752654357916,"sampled_o_tol_ratio":0.3871618709971247}','[695.5623761750028,696.3094473410911,695.8441182574026,696.3306325674038,696.9379819623114,696.0837443987274,694.8590442924282,694.8801413522499,695.5060446451758,694.9012396931931,696.0132520810904,695.6327771880551,693.9048404553282,695.1964890529832,695.3231087985453,693.7997159962545,694.9082553062709,695.0347700690279,694.1501328943053,693.8627659697306,694.5710902341789,693.8978450879517,694.7958131374295,694.122080248412,693.4916771088313,693.4286945545208,695.5483186632658,694.6974822472354,693.2747795601988,694.9574209277481,695.4216168895493,693.617676547063,695.3864359693351,694.1080808933875,693.8137551062441,694.2203005563456,695.0769344338042,693.9889003014343,694.6413430306648,694.8661114030273,695.365308155845,694.2623661562574,694.4026565009839,695.2316507557862,696.4788074763283,694.739658027936,693.5266665665188,692.6668246892739,695.0769344338042,691.8927169848929,692.6877888383138,693.88380257472,692.4504427175798,692.1366406210846,693.6596691456391,691.8927169848929,691.2454767407696,692.7017309600908,692.324918920243,690.4467845817148,692.8204698260631,693.204854993134,692.8134963049265,695.2738390122502,693.5196788218909,695.9216124067472,694.5289872156833,694.7325934892688,695.8441182574026,695.309008540111,695.2316507557862,694.5500642378131,695.6398600461017,695.942774039505,694.9996282775884,695.4356692802404,696.02029016565,694.4658161131086,693.9258274037488]','{}','');
INSERT INTO "results" VALUES(7,'gqa4_s8192_nc',1,719.07873979379156,'TFLOPS','{"calls_checked":44.0,"calls_checked_in_full":3.0,"lse_max_abs":7.05718994140625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":4.4218220709718567e-07,"lse_tol_ratio":0.10860306518943016,"o_max_abs":0.015807151794433594,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018062714572097671,"o_tol_ratio":0.4506111462466957,"sampled_lse_max_abs":5.7220458984375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":5.106156921515524e-07,"sampled_lse_tol_ratio":0.08855207614770132,"sampled_o_max_abs":0.015476703643798828,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020380434401706354,"sampled_o_tol_ratio":0.3869162728609395}','[720.4885248574744,719.9035617011436,719.1163588945855,719.1313852092404,720.1789417376465,718.6838927372901,719.1652527881071,717.9930724874233,718.8868931585879,718.53362083294,717.8018605015224,717.8205748866305,718.064342046641,719.2706327598747,719.3383973442858,718.6012466098842,720.805922518933,717.00419518416,721.248504609828,720.7341077315151,722.1959726419723,721.7977522463044,720.8626522357273,718.7102135842031,719.7490162360943,719.0787397937916,718.9508306618154,719.123871973418,719.225482157547,718.4134037818018,717.1613558736261,718.2106706440973,719.7979962011975,719.1991235571196,718.7102135842031,717.4458586192221,719.3948962893868,716.9518607469317,718.5073129186794,718.0981091926612,717.3185854745366]','{}','');
INSERT INTO "results" VALUES(7,'gqa4_s16384_nc',1,732.00244130028602,'TFLOPS','{"calls_checked":24.0,"calls_checked_in_full":3.0,"lse_max_abs":0.00014495849609375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.133835455742003e-07,"lse_tol_ratio":0.2224469066064858,"o_max_abs":0.015712738037109375,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001975631637290458,"o_tol_ratio":0.39739210516993995,"sampled_lse_max_abs":9.34600830078125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.372017416528824e-07,"sampled_lse_tol_ratio":0.14343781929551305,"sampled_o_max_abs":0.00943136215209961,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021072989224365946,"sampled_o_tol_ratio":0.39497623572777313}','[734.121631546359,731.0252032117189,731.4862869384307,730.9533073256728,733.8747250750077,732.8631351542622,732.8827013726972,732.1993766716364,731.4765409442825,731.0252032117189,730.6715376814822,732.002441300286,730.7317414636083,730.4967713752787,733.8374728028251,734.5277205819518,734.7240858582253,731.9244867275912,731.7472048158002,734.2569836267039,733.8394579382286]','{}','');
INSERT INTO "results" VALUES(7,'gqa4_s32768_nc',1,737.93322520574975,'TFLOPS','{"calls_checked":14.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0003204345703125,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.519928579811603e-06,"lse_tol_ratio":0.49565557885136774,"o_max_abs":0.015548229217529297,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.002082223990316436,"o_tol_ratio":0.4245712509112538,"sampled_lse_max_abs":0.0001201629638671875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.7105582465012548e-06,"sampled_lse_tol_ratio":0.2078008299631117,"sampled_o_max_abs":0.0087890625,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020758211876320456,"sampled_o_tol_ratio":0.39527947348166137}','[737.9332252057497,736.2827496584581,734.0167621604495,734.818326971069,739.6328701990477,738.6073658081727,738.7423654304285,728.513320668374,728.8494060827963,739.68162788953,738.5676798631455]','{}','');
INSERT INTO "results" VALUES(7,'gqa4_s4096_c',1,622.27301934662046,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":2.86102294921875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.7635687847173372e-07,"lse_tol_ratio":0.04271773900817041,"o_max_abs":0.01874256134033203,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017778730313426933,"o_tol_ratio":0.4541947563290877,"sampled_lse_max_abs":1.71661376953125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.1549036353367665e-07,"sampled_lse_tol_ratio":0.03144485753944285,"sampled_o_max_abs":0.015559673309326172,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002023694612470854,"sampled_o_tol_ratio":0.41041238848124595}','[620.0999365305464,622.3237572922415,623.8491105523697,623.07986002817,621.8844771512876,625.2113324188233,623.9510723065908,624.8247666438174,621.8731980600588,621.1761567721786,625.6894932604417,625.1999323278553,623.9170954204774,624.2004619055988,622.876538724588,623.464269080649,625.450321450377,623.0685375344489,623.5661050666016,621.2885040770306,621.8844771512876,618.4926217976478,623.5434672887998,622.4477356554141,623.3511335844959,622.6169416433586,623.4755638163504,624.2231474138473,619.3845673598894,622.2335764321202,620.547928975713,619.8202799901333,623.1476352291542,619.9880603071379,621.018980602728,624.0077227468042,623.0572575409839,622.876538724588,622.6733500719542,622.797509832469,623.5547648942332,620.4919049594345,623.2833141126433,621.6369343835725,622.1772476506067,620.8618839537119,622.5379786072893,620.5815398908079,620.6824362539006,621.8506830308746,621.0863500015943,622.3237572922415,622.0420917855635,619.775590001472,618.793332360182,621.3221952661359,621.0863500015943,618.993996265836,622.4252210087117,622.4702939404948,620.7272988969614,620.1111513886068,621.209835777332,620.4022541866904,618.793332360182,621.2772465935217,621.9294717983101,620.5030922556476,621.7606811287623,622.0195645252858,621.2210908179962,622.6620843827199,622.7636584599347,622.4139222942383,622.0758647574598,621.8281696319527,622.3124622611206,621.8619613053879,622.3350107421347,623.464269080649,621.7494065276117,622.6507770672566,620.4582620143284,623.8151447695805,621.4795249761135,623.64532915081,623.3058908819273,623.9510723065908,622.7071916272031,620.96287150349,622.3575608572233,622.3688155296974,622.3462645990267,621.4345535378518,621.5919401623632,621.030228728588,621.8056997829583,621.142481418654,622.7861975979624,623.64532915081]','{}','');
INSERT INTO "results" VALUES(7,'gqa4_s8192_c',1,675.84064890578088,'TFLOPS','{"calls_checked":79.0,"calls_checked_in_full":3.0,"lse_max_abs":6.67572021484375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.9521669840950354e-07,"lse_tol_ratio":0.09882876617368053,"o_max_abs":0.015874862670898438,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018909842862656816,"o_tol_ratio":0.4800972601775935,"sampled_lse_max_abs":3.0517578125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":3.676262393458738e-07,"sampled_lse_tol_ratio":0.056466684726594656,"sampled_o_max_abs":0.01555776596069336,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002044692247824397,"sampled_o_tol_ratio":0.39393681915419587}','[676.4127411318024,676.326189813102,676.5459097326827,677.0058535085939,677.9207933253166,674.7721930488153,675.2429756738412,676.2063937126982,673.9251562507143,677.2660465746668,676.0733587231001,674.851730442676,676.9191503480621,676.1265862625369,675.2695230609756,675.5151235425634,675.6811509085964,676.3594685299674,675.455363769618,674.984285045334,677.1659524777434,675.8539455846876,676.5659093968432,675.1036484835282,676.3927505219613,675.6811509085964,675.3690572669631,675.3425020532773,675.8140810918376,675.6678855147554,675.9536521648057,674.851730442676,675.3756840332029,676.5659093968432,675.0970270545969,677.5197706776435,676.8124539662285,675.2429756738412,676.3594685299674,676.6591740626727,677.1392557726142,676.4393805798057,677.6935071494609,677.0258306796657,676.1931076872553,676.4193883953598,676.6325173004409,677.2193024793887,676.9658033288357,677.3261271855077,678.8717858380807,677.9074398464855,678.972434879267,677.1859390985117,675.4487354396633,675.5283829386691,675.6545711469538,675.3756840332029,675.4487354396633,675.2827728171669,674.4675472919773,674.5073024083229,675.8073962025579,675.8007609617581,675.2893978902488,674.9379047674742,676.1664876327134,675.9004518490203,675.5615831875359,675.3093233337289,675.4288017685647,674.9312865893625,676.0334683431329,675.5748938907344,675.8273522268743,675.4221739599097]','{}','');
INSERT INTO "results" VALUES(7,'gqa4_s16384_c',1,710.7728830787255,'TFLOPS','{"calls_checked":43.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001239776611328125,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":5.272614486362287e-07,"lse_tol_ratio":0.18403925506345784,"o_max_abs":0.015822410583496094,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018925327578858632,"o_tol_ratio":0.5392448760531525,"sampled_lse_max_abs":9.72747802734375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.077733188648864e-07,"sampled_lse_tol_ratio":0.14754103767173993,"sampled_o_max_abs":0.012038707733154297,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020581812064985588,"sampled_o_tol_ratio":0.39222866575928483}','[712.0451389578262,709.3294117236799,712.1669182163587,712.1152325406607,711.6211884400575,711.3780445686458,712.3514532839156,711.1792621348038,710.5652418921194,710.1136911260754,710.4550639587716,711.3706924670846,711.9861061284128,711.2565897778726,710.2200990460099,711.1130808346198,710.7342696842856,710.3742994630837,711.6469395867349,711.7501275862523,711.3523128780251,711.0063503769172,711.2271374802026,711.46644628435,711.8681247723955,710.8041054086037,710.3008284805338,709.9376358340616,710.7784152210935,710.6681164174877,710.7232615399083,709.7763057287,709.7103306629491,710.7673509363576,709.7286254993044,709.5491038374554,710.631376007052,710.4403980381433,710.091658938693,710.3595821666639]','{}','');
INSERT INTO "results" VALUES(7,'gqa4_s32768_c',1,727.66573544684036,'TFLOPS','{"calls_checked":24.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0002880096435546875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.595277852862378e-07,"lse_tol_ratio":0.44556831264519325,"o_max_abs":0.015710830688476563,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001885734571215678,"o_tol_ratio":0.4255888560690906,"sampled_lse_max_abs":0.0001201629638671875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.2829810240851376e-06,"sampled_lse_tol_ratio":0.21996712085105347,"sampled_o_max_abs":0.014117240905761719,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002098620429374023,"sampled_o_tol_ratio":0.4057795708443008}','[728.3327984851459,727.1421475879591,727.3711209473861,727.842997810544,728.0454018091058,728.5606232978314,727.6657354468404,727.7446803208651,726.7153795195218,727.2440868644953,726.1528510056946,727.9027363599525,728.4737338949094,728.1148299518061,727.9354818406068,727.5694171952653,728.4235661426443,727.2729882368972,726.8402814865475,727.6117757164474,727.4769687743146]','{}','');
INSERT INTO "results" VALUES(7,'gqa8_s4096_nc',1,693.62466626664536,'TFLOPS','{"calls_checked":81.0,"calls_checked_in_full":3.0,"lse_max_abs":3.62396240234375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.487366259989106e-07,"lse_tol_ratio":0.05526047110307811,"o_max_abs":0.015762805938720703,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001862866816362192,"o_tol_ratio":0.4120344341486569,"sampled_lse_max_abs":2.09808349609375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.9011489685980225e-07,"sampled_lse_tol_ratio":0.03848957125066963,"sampled_o_max_abs":0.013561725616455078,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002065244194604804,"sampled_o_tol_ratio":0.38358450748676076}','[694.8098925890267,694.0169421833223,694.3745834413494,693.5546711053058,692.7436647534385,693.7437217789042,694.3535693403941,692.7436647534385,694.5009039408211,693.4846900692663,694.8801413522499,694.7536828711652,695.6046045805917,695.4497746763326,694.1641861894652,694.6413430306648,694.7606955051237,696.2529947450438,695.5131249226903,693.7857296412435,695.8652226773031,693.9118359637504,694.6834596729112,694.1922422389176,693.4076855352538,692.6808179878848,695.0910252811942,693.6036453710517,691.8857621275806,693.6386461284392,693.88380257472,693.9679095377709,692.269110533105,693.4916771088313,693.4566911815065,693.1698979988449,693.3027637599243,692.8344172894971,693.6036453710517,693.9048404553282,693.8347887394604,692.9392494060538,693.6246662666454,693.449704846898,693.8487770725724,693.6246662666454,692.617982624406,693.0929633541051,693.1768786965927,693.7927227482604,693.2188179374597,692.6947598290477,693.9118359637504,693.7997159962545,693.6316561271026,693.5826779058254,693.5476827963406,693.4217087840105,693.1908926112857,692.4574609191569,693.4147231542515,692.9601779861956,693.0510393396193,693.0440611761809,693.1698979988449,693.6526787205881,693.7087104168219,693.2328335479873,696.6624046455662,694.458809430644,693.9608606855298,690.6202337841845,694.887156539321,693.4566911815065,693.4426665178121,692.9322214350741,693.1698979988449,693.6246662666454]','{}','');
INSERT INTO "results" VALUES(7,'gqa8_s8192_nc',1,717.99307248742332,'TFLOPS','{"calls_checked":44.0,"calls_checked_in_full":3.0,"lse_max_abs":8.20159912109375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":4.429299072895247e-07,"lse_tol_ratio":0.12730943007002551,"o_max_abs":0.0160369873046875,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020998900865066028,"o_tol_ratio":0.47079211307072427,"sampled_lse_max_abs":5.340576171875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":5.192601608989605e-07,"sampled_lse_tol_ratio":0.07847017242250987,"sampled_o_max_abs":0.015211105346679688,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002093019524506975,"sampled_o_tol_ratio":0.3878457244536237}','[719.6246303503608,719.5003435765966,717.1014717017792,718.3608634324968,718.6388157651897,718.3420649188034,717.4983210185603,718.5561240244045,718.1806955439067,719.2028809416566,717.9405935987919,717.4309026597447,718.1243871491811,716.0031415654752,717.0341278972145,716.9481268458669,717.3410126236796,716.7686668123596,717.5095400379748,717.9030974097358,716.8396934924552,717.7568382475562,716.7462197381426,716.8471590747205,716.3688961377504,717.9930724874233,719.8583316049607,719.9186771245234,719.0034573491986,718.1206410250745,719.2932382342843,718.5824355132578,716.8695567545559,718.3571148408148,717.3297988738132,717.6369367961706,717.2923664564266,718.777872607335,719.0448803625386,719.451347990951,719.5191466326626]','{}','');
INSERT INTO "results" VALUES(7,'gqa8_s16384_nc',1,731.69461163955771,'TFLOPS','{"calls_checked":24.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001506805419921875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.110088973588262e-07,"lse_tol_ratio":0.2244305410210062,"o_max_abs":0.015872478485107422,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.00210165253478363,"o_tol_ratio":0.40406938230632505,"sampled_lse_max_abs":8.20159912109375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.698160833270498e-07,"sampled_lse_tol_ratio":0.12649968316242147,"sampled_o_max_abs":0.012833595275878906,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002108392875660212,"sampled_o_tol_ratio":0.3835492108029943}','[732.5506249545123,731.2391205993061,731.0621705016443,730.3046249748229,731.1049367016739,731.0427013688387,730.589988956819,734.015827526272,732.919798529863,730.6987439313393,733.7414984806504,732.6111388029457,732.4120626295269,731.6167226142052,731.4726542214355,731.6946116395577,730.718194747659,733.9040974795693,732.1935641372495,733.1602348637115,733.0722449485409]','{}','');
INSERT INTO "results" VALUES(7,'gqa8_s32768_nc',1,736.55798264361295,'TFLOPS','{"calls_checked":14.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0003299713134765625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.5144626337772441e-06,"lse_tol_ratio":0.4917834115600716,"o_max_abs":0.015980243682861328,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019648472403802205,"o_tol_ratio":0.41758666856812426,"sampled_lse_max_abs":0.0002002716064453125,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.6909607780402423e-06,"sampled_lse_tol_ratio":0.30638426013599374,"sampled_o_max_abs":0.00828862190246582,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.00204457970999426,"sampled_o_tol_ratio":0.3959862166431194}','[736.557982643613,729.4925621615438,739.1694593922205,736.8955869823914,736.0205260969739,738.1204877156492,737.5728456236477,736.1801999423064,735.8382606783014,737.5194117270353,735.6108491528037]','{}','');
INSERT INTO "results" VALUES(7,'gqa8_s4096_c',1,622.59437354627028,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":2.288818359375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.768547462400468e-07,"lse_tol_ratio":0.03876915954242241,"o_max_abs":0.015971660614013672,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019489220594839309,"o_tol_ratio":0.4394135201189953,"sampled_lse_max_abs":1.71661376953125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.228380692292883e-07,"sampled_lse_tol_ratio":0.03341835705999553,"sampled_o_max_abs":0.015575885772705078,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019994296226112838,"sampled_o_tol_ratio":0.40495417888318136}','[621.8731980600588,620.7160617416818,620.0328226243745,620.4470763345668,621.8619613053879,620.9516258174294,618.5260104310795,619.3175666209405,620.7497326505681,622.571805449182,623.2154672863103,618.5482853500891,622.6959247133929,623.3511335844959,624.2344696623508,623.9510723065908,623.0685375344489,623.4981966638532,625.1203128020313,622.978182786893,622.1884958024225,621.3558901094464,622.9217191172506,622.8313648853004,622.2899154140031,619.4850332431541,623.5094926288693,622.0195645252858,621.2435602787903,622.1884958024225,623.373757398828,624.790694540667,624.450008666308,619.9992294422063,624.5635434323848,623.76983468871,622.6507770672566,622.7071916272031,623.6792764432103,623.76983468871,622.6169416433586,623.6566304477249,622.1772476506067,622.6846582072898,623.136352371574,623.045935868697,623.7471821164685,622.8539509858615,622.6620843827199,622.8878121753803,622.7636584599347,623.0233779268118,621.839447089839,622.0420917855635,622.0871092438008,624.0871013209688,622.6282056991218,622.6507770672566,623.3058908819273,623.7132274315619,623.2380812538302,621.5807135695156,621.5245029237547,623.2833141126433,622.5041554410949,622.7523474551082,623.1250699225665,621.3558901094464,618.1921619274253,621.3334125224571,623.8378022785681,620.9179748034995,621.0638919112822,621.8731980600588,619.9433044525281,622.0420917855635,622.3012096266765,622.6733500719542,622.876538724588,621.030228728588,622.9443117715432,622.5041554410949,621.9632744829595,619.8538537826747,623.034656693568,620.6375800952052,619.7308648162197,622.0420917855635,622.7410789072052,623.2041819722523,621.0863500015943,618.2922827763492,622.2561191967934,621.8056997829583,620.5815398908079,621.3671504431871,623.1024641553046,622.8313648853004,620.077591405638,620.0887637667885]','{}','');
INSERT INTO "results" VALUES(7,'gqa8_s8192_c',1,675.73763380445803,'TFLOPS','{"calls_checked":79.0,"calls_checked_in_full":3.0,"lse_max_abs":6.67572021484375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.9528375704470016e-07,"lse_tol_ratio":0.1032068734598217,"o_max_abs":0.015663623809814453,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020197746425824202,"o_tol_ratio":0.4185490357080588,"sampled_lse_max_abs":3.62396240234375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":3.716983181700311e-07,"sampled_lse_tol_ratio":0.06056739407256879,"sampled_o_max_abs":0.014624595642089844,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020507785487490606,"sampled_o_tol_ratio":0.40623553732625695}','[676.4193883953598,677.2326785880247,677.7469901145942,677.5932866720195,677.1592905329912,675.7475847086296,675.7941258512498,675.2429756738412,675.6147301697001,675.4022418565083,676.4793188785034,675.7675372006838,676.9658033288357,675.5682137324869,675.3425020532773,675.8140810918376,675.2098067325413,675.3756840332029,676.0135001446283,675.7276829002864,674.6861103844345,674.4874242643463,674.9113834477525,674.9445230753789,675.6877838008484,676.6258658473519,675.940376069083,676.2063937126982,676.5859102434756,676.4593739460609,676.7325034031363,675.833987989851,676.6591740626727,675.5350128319211,674.5668945353419,675.7808065077768,675.0572518011128,675.2296780467238,675.0506312822646,676.5992117093359,676.9658033288357,677.2660465746668,675.8207165942043,674.2161036672555,675.6745181465666,675.3358759381796,675.3823109294882,674.0441453595636,674.328589183891,675.8473094297947,675.9868942293418,674.6993372555054,675.6612530131589,676.3994469966212,677.6868348205724,676.0068608560744,676.7524644451308,676.3927505219613,675.2230541453733,676.1598453387815,676.2662864576283,674.8649638083981,674.110306897828,675.3093233337289,676.1265862625369,676.8124539662285,676.1465115754924,675.1036484835282,674.2094996369061,674.5073024083229,675.1567234350875,675.508494039702,675.1301849161941,675.4686208198068,676.4193883953598,674.9445230753789]','{}','');
INSERT INTO "results" VALUES(7,'gqa8_s16384_c',1,710.22195903403986,'TFLOPS','{"calls_checked":43.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001316070556640625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":5.251411318305277e-07,"lse_tol_ratio":0.2043539716431321,"o_max_abs":0.01914072036743164,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0016551065360069356,"o_tol_ratio":0.5438313760588797,"sampled_lse_max_abs":5.340576171875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":6.066050018980086e-07,"sampled_lse_tol_ratio":0.10212041368104263,"sampled_o_max_abs":0.014818191528320313,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002074832991460024,"sampled_o_tol_ratio":0.38446498785304534}','[710.0146390333393,710.242139204522,709.3513420800404,710.2017788635578,709.805637987005,709.3989716287065,708.8866760008826,710.1907325237431,711.7722628108457,710.8335226799983,711.9492293192051,711.9418654065613,711.1093526771826,711.4995957316974,710.3485856257658,709.5051654442517,708.302170486883,709.6223647863299,708.6052722204269,710.1430512772031,711.8238987109025,710.3228736499385,710.4623971461542,709.9852894991826,709.1756645498958,709.7066718088593,711.2565897778726,710.8298522357234,709.4099387880583,710.7122537365233,709.3989716287065,709.7983183510422,709.9852894991826,710.8556009281194,711.4701233058256,710.6387128346265,711.4590923554189,711.2897196719065,710.763681175415,708.992770983339]','{}','');
INSERT INTO "results" VALUES(7,'gqa8_s32768_c',1,726.55400401953955,'TFLOPS','{"calls_checked":24.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0002689361572265625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.574026033112426e-07,"lse_tol_ratio":0.41720577938300407,"o_max_abs":0.015911579132080078,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020467332801614485,"o_tol_ratio":0.42321686110813717,"sampled_lse_max_abs":0.0001239776611328125,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1077730732450518e-06,"sampled_lse_tol_ratio":0.20790121864657712,"sampled_o_max_abs":0.015751361846923828,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020495317027232284,"sampled_o_tol_ratio":0.3960065662936733}','[727.374964204846,726.7749331036116,726.5540040195395,726.0070973800313,726.6653964011208,725.2083788700254,726.2967758113774,725.7195913768488,726.9229431172266,726.6865224472926,727.130625316951,726.2545702550138,725.4323129939779,725.6103725335239,726.1164356950185,727.2614044745056,726.0953427821985,728.5258650494652,727.6387545812669,727.5847988521597,726.2507388281366]','{}','');
INSERT INTO "results" VALUES(8,'mha64_s4096_nc',1,488.28292866740344,'TFLOPS','{"calls_checked":51.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.4607489020348636e-07,"lse_tol_ratio":0.05800701919736499,"o_max_abs":0.015646934509277344,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.00197331090599443,"o_tol_ratio":0.422896277859759,"sampled_lse_max_abs":1.9073486328125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.9192728887631313e-07,"sampled_lse_tol_ratio":0.03440944277692461,"sampled_o_max_abs":0.014701366424560547,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020781073697902584,"sampled_o_tol_ratio":0.39116888036653824}','[482.34348064296495,483.3953116295921,483.55177847158797,483.30012271202935,482.6280297700242,486.4407044026395,488.5918969618986,488.65443659217544,488.4530002956536,485.1083598242118,485.533344833149,486.1997704866333,484.6293639633977,484.84136958586424,486.2754917576795,488.8143270960096,488.473850456809,488.3488796096106,487.6488615581853,485.34131735857295,486.00035245090027,487.026751483319,485.83543873836294,486.85425327892983,487.35146164956956,487.4828273674694,488.786557584597,488.0020793803801,488.5988852816715,488.4599329060523,488.515504371239,488.0228910623599,488.43215191437105,488.2725112899412,488.6753039543102,488.72398413334,488.9813215320268,489.197100814177,489.1205188708043,488.55023001957704,488.9673750490261,488.9325900770024,489.0857121069456,487.9327887582648,488.49465065407213,488.2933460448657,489.1692877962715,488.9325900770024]','{}','');
INSERT INTO "results" VALUES(8,'mha64_s8192_nc',1,517.09994134882209,'TFLOPS','{"calls_checked":28.0,"calls_checked_in_full":3.0,"lse_max_abs":8.392333984375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":4.4091255910786733e-07,"lse_tol_ratio":0.12498752965329141,"o_max_abs":0.015868663787841797,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018057135753503193,"o_tol_ratio":0.4053160489468409,"sampled_lse_max_abs":3.814697265625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":4.974994915426732e-07,"sampled_lse_tol_ratio":0.06597097633284627,"sampled_o_max_abs":0.015294551849365234,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020403279426504974,"sampled_o_tol_ratio":0.3719525091105311}','[515.339376478183,517.3958160592542,517.1154808506107,517.0337929507966,517.3295919467195,516.373296401028,516.5091481014294,515.9003687873109,516.3616751173523,511.93033392933694,512.426581552808,512.2165088921362,517.7310272033175,517.4386589154107,517.1388498447456,517.4581669566314,517.8207848042474,517.3101516272193,520.3576741708872,516.9598960480464,516.94819039868,517.0999413488221,516.7732483312016,517.8285761155842,517.773925593941]','{}','');
INSERT INTO "results" VALUES(8,'mha64_s16384_nc',1,526.3883860711469,'TFLOPS','{"calls_checked":16.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001697540283203125,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.111214214915526e-07,"lse_tol_ratio":0.26242820156066343,"o_max_abs":0.01638936996459961,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019294843017903273,"o_tol_ratio":0.4398504674117281,"sampled_lse_max_abs":9.72747802734375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":8.873681010414247e-07,"sampled_lse_tol_ratio":0.14008344358724364,"sampled_o_max_abs":0.010155200958251953,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020881614977045267,"sampled_o_tol_ratio":0.3792526452891836}','[526.3883860711469,526.8747276250805,526.8424052961307,527.0848291100687,526.9333031412355,529.2484800775092,529.1975259165957,521.1449310320094,523.3377214565925,524.9127459162136,525.10328779252,525.7440027446559,526.0237537141708]','{}','');
INSERT INTO "results" VALUES(8,'mha64_s32768_nc',1,532.15223209607427,'TFLOPS','{"calls_checked":13.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0003261566162109375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.522883216481285e-06,"lse_tol_ratio":0.4933469139332939,"o_max_abs":0.01610565185546875,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0016692743510358995,"o_tol_ratio":0.4117458394695305,"sampled_lse_max_abs":0.0001201629638671875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.7890666084883418e-06,"sampled_lse_tol_ratio":0.20811705401655012,"sampled_o_max_abs":0.009121417999267578,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021388780567706818,"sampled_o_tol_ratio":0.3961088292849209}','[532.1048265294455,532.2748228325652,528.080220804249,532.199637662703,532.6729700569807,527.2941335822777,527.4550367067578,531.6190814937378,532.2171421164281,534.3214262333519]','{}','');
INSERT INTO "results" VALUES(8,'mha64_s4096_c',1,404.71786588827075,'TFLOPS','{"calls_checked":89.0,"calls_checked_in_full":3.0,"lse_max_abs":2.47955322265625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.7890101102653276e-07,"lse_tol_ratio":0.04307902754264806,"o_max_abs":0.01666116714477539,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018683741620099717,"o_tol_ratio":0.505851103787539,"sampled_lse_max_abs":1.52587890625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.1702627368431428e-07,"sampled_lse_tol_ratio":0.028407511144799263,"sampled_o_max_abs":0.014919281005859375,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020166335183565303,"sampled_o_tol_ratio":0.39245352009100287}','[400.35117480749693,401.72733770159283,404.29880052434316,402.122256490844,404.16564509100635,402.92389754127066,404.2607370377827,404.4986982646849,403.9755599544128,403.1035156242868,403.3117206174262,404.9754621401098,405.57779716927416,404.9468359949707,403.6243963647339,400.38847084231054,403.3306622163801,404.2512400039085,405.1187247719021,405.3767960858424,405.0040923327635,404.60349565665496,404.9277422948856,403.89959717883266,404.84186069168123,404.7369398002671,404.4510907046292,405.52989961549315,405.44376242502364,405.10915179700265,405.0996148592599,405.2525090482726,405.7022838430282,405.2429297497461,405.6065125937776,404.71786588827075,404.9754621401098,405.4820490254657,405.9803264338731,405.8364538837715,405.9131827456657,404.517751523526,403.65287117015816,404.24174341623905,405.2047238935223,404.6702067273182,404.7941723249739,404.2036906719168,404.84186069168123,403.99456396079233,404.71786588827075,404.82277688948784,404.7369398002671,405.1760297309268,405.2047238935223,404.46063260365736,406.1818908426688,405.4724945226175,405.30985186440176,405.7789619752,404.9277422948856,403.0184060015194,402.34826314769333,404.27976788513075,403.90907769747986,403.1602870944421,402.59343155588755,404.71786588827075,402.21638922086004,404.05158670938886,404.4510907046292,404.1941608922701,401.934088120321,402.2917552164871,401.10829090640624,405.14737522507875,405.3672465425092,405.40551869263714,405.50119503740615,404.68927614722463,406.105060370182,405.51075089290873,405.2620531863911,404.38445185229705,405.2429297497461,404.6320732784341]','{}','');
INSERT INTO "results" VALUES(8,'mha64_s8192_c',1,466.9204075754983,'TFLOPS','{"calls_checked":48.0,"calls_checked_in_full":3.0,"lse_max_abs":7.82012939453125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.9818696164820455e-07,"lse_tol_ratio":0.11856812047955424,"o_max_abs":0.015644073486328125,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018122400309747298,"o_tol_ratio":0.46635077599109925,"sampled_lse_max_abs":2.86102294921875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":3.6799983932139496e-07,"sampled_lse_tol_ratio":0.05045043590618063,"sampled_o_max_abs":0.013973236083984375,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020344646075783662,"sampled_o_tol_ratio":0.3827844998333388}','[462.4024302473678,462.32153929743873,463.56905512398174,465.9389782902702,466.2108116338019,467.8613585771854,465.9516420434793,467.1933876113586,468.282182825606,451.73329371034026,454.78263503806136,461.30362541389746,463.25654541859495,463.81937595827793,463.36900222359793,466.6984180586319,465.70531675645344,466.9204075754983,466.50834971524944,466.1918658160938,466.1159566061565,465.57912601934527,465.4403669869079,467.9887896701173,467.95692538951675,467.66393953251185,467.8486382696809,467.9887896701173,467.8231522722351,467.7785465954052,468.3013464811275,468.18648313164056,468.1354402785076,468.2758111387155,468.02707053434915,468.0015650935746,468.19285238782817,468.00792931943425,467.93142759317186,468.0908225446943,468.1482237100317,466.2488021662621,467.0092530662114,466.2234901678365,466.76180859513426]','{}','');
INSERT INTO "results" VALUES(8,'mha64_s16384_c',1,495.83655142922231,'TFLOPS','{"calls_checked":26.0,"calls_checked_in_full":3.0,"lse_max_abs":0.00014495849609375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":5.293373604440445e-07,"lse_tol_ratio":0.21947152527338787,"o_max_abs":0.015803813934326172,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019250711670266147,"o_tol_ratio":0.41966094877379195,"sampled_lse_max_abs":6.29425048828125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":6.512212392009252e-07,"sampled_lse_tol_ratio":0.11223500295484151,"sampled_o_max_abs":0.014933586120605469,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020726394965092584,"sampled_o_tol_ratio":0.38593260154395176}','[495.3433287820715,495.4576396161239,497.7292007370378,492.4468037874202,492.6091861020261,497.250167981873,497.3185371096803,492.6233411074619,495.8866688940133,495.8365514292223,495.62558273044107,491.92860217988573,491.056824576255,492.55978151023305,492.07657096456535,495.86160889525627,495.1256561830436,496.17669594911587,496.35586471976023,497.13867280241953,496.99841001705204,496.7541304037552,497.12425712510327]','{}','');
INSERT INTO "results" VALUES(8,'mha64_s32768_c',1,520.45145522862072,'TFLOPS','{"calls_checked":15.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0002899169921875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.699234900362743e-07,"lse_tol_ratio":0.4362283012294176,"o_max_abs":0.015815258026123047,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0016224812196483536,"o_tol_ratio":0.41073626034689525,"sampled_lse_max_abs":0.000125885009765625,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1376001855912017e-06,"sampled_lse_tol_ratio":0.19450050836290766,"sampled_o_max_abs":0.010937690734863281,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002053676165461831,"sampled_o_tol_ratio":0.3821310936769356}','[520.7520047186357,521.6097686592967,521.8414947258836,521.9524726553195,515.7609724017094,516.4625838065623,521.6077627608216,514.8915062938817,520.1509057386057,518.3930226683555,519.4137364133016,521.7463830430596]','{}','');
INSERT INTO "results" VALUES(9,'mha64_s4096_nc',1,453.3754407368333,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001049041748046875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.462895228317549e-07,"lse_tol_ratio":0.16236726217220726,"o_max_abs":0.016083240509033203,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001975893117953323,"o_tol_ratio":0.4271851658363282,"sampled_lse_max_abs":8.20159912109375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.058374231007709e-07,"sampled_lse_tol_ratio":0.1464490643665883,"sampled_o_max_abs":0.013710498809814453,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020520621109088844,"sampled_o_tol_ratio":0.38378388270611824}','[449.41715226196254,449.5288611355829,448.3147456138707,448.77146950621733,453.0855110176331,453.2229686894564,454.0674411308928,452.5841664079788,453.9115100118207,453.6059027890782,453.06757242082546,453.9654860785813,453.408336795155,453.90547871561864,453.5041102765981,453.288721368218,453.92947082092786,454.2355143402606,454.19350674037616,453.4322763729465,451.5077359670259,451.63233982411856,452.351812662141,450.90338057099757,454.1875126791046,453.6597615672069,452.22676719761705,453.3724544532069,453.53403663700965,453.3306063254922,452.7869716530744,452.85259787637614,446.2709182859657,450.1885042246984,451.7926838133652,449.4994609857114,451.18165088229415,453.3245904566896,454.1274466085623,452.9063223847385,453.1034065170755,451.8521338070514,452.91828760750917,452.75114313971386,454.08545899353624,453.28275116418524,451.92342359684864,454.25954134859734,454.301605918478,454.42775682630446,454.2355143402606,453.5400134623015,453.92947082092786,454.5420156139098,454.21153460943304,453.6478017612401,453.4502438618684,453.8575467789409,453.3784270204597,454.14546923377304,454.65023594497205,453.689753107636,454.5660302533095,454.3195976128458,454.3736707830142,454.2355143402606,454.62621240784125,451.45434273213164,451.89964307369,451.4365330629673,452.870519453634,453.0974411935262,452.2803433080153,453.019772774034,454.2175293047761,453.408336795155,452.2803433080153,452.4649853838942,453.61188150868554,448.1978022649708,450.22392828059446,448.3498318016965,449.982179846411,452.4649853838942,452.1910716214103,452.888397973745,452.4888254463787,452.14939696178334,453.01380965242356,454.09145036142087,454.2355143402606,454.1334838050693,454.0974418874121,454.0134408181332,454.5840877075217,454.1514621853664,454.6863656705565,454.079467783752,454.2054953375653,454.0014623570923]','{}','');
INSERT INTO "results" VALUES(9,'mha64_s8192_nc',1,479.54640248925523,'TFLOPS','{"calls_checked":58.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001392364501953125,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.742742369098363e-07,"lse_tol_ratio":0.2152846942491383,"o_max_abs":0.016103744506835938,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018001453344520673,"o_tol_ratio":0.40072741681034196,"sampled_lse_max_abs":9.1552734375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":8.247516079414532e-07,"sampled_lse_tol_ratio":0.1622360910684337,"sampled_o_max_abs":0.014102458953857422,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021049562053337867,"sampled_o_tol_ratio":0.3868899820311203}','[479.2253331713002,478.8079837247555,478.7712492230482,478.6012205605586,478.75792876666156,478.3047297339719,479.8511255655062,479.9717844829282,478.23816538454315,480.2199851370946,479.84104010934584,474.8903201997504,474.5099228331146,475.0281661260832,474.6803788260215,475.139851609387,475.573877257017,478.841342938991,479.32559934355237,479.20531484720993,478.7378997741296,480.0253912860912,480.04552815550323,474.2184778696914,474.70002087786656,471.8771941355738,472.5878846765435,479.1551767843888,479.04492987283123,479.6903080802727,479.79081885304583,479.91144744022745,479.99521412891,479.8008522795669,480.00865348690786,479.9047054183898,480.1125966123094,479.7271837553429,480.22668601318355,475.31076055697065,475.54097173982586,479.54640248925523,479.8946676479635,479.8376950269207,479.73052729713027,479.6802792764934,479.5564256957616,479.0516477587372,479.8913218177994,479.70373036936144,480.1494872532443,480.0120009533641,480.23338707628,479.81088612573643,478.6545713147226]','{}','');
INSERT INTO "results" VALUES(9,'mha64_s16384_nc',1,487.18990168301787,'TFLOPS','{"calls_checked":31.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000217437744140625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.16311664104702e-07,"lse_tol_ratio":0.33724112971518566,"o_max_abs":0.015603065490722656,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019051782604770225,"o_tol_ratio":0.46893130785323356,"sampled_lse_max_abs":0.00016021728515625,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1315472250426032e-06,"sampled_lse_tol_ratio":0.2379820482208292,"sampled_o_max_abs":0.01389455795288086,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021236371275289772,"sampled_o_tol_ratio":0.3866217272731388}','[483.43103614515576,487.261607080375,487.1907766380753,487.4810753587318,487.5900330348232,487.680008784272,485.9591263296701,487.66097962527357,485.8680439653481,487.65231643508525,487.7371051728177,481.0570392269046,481.2389614744058,487.0164135734535,486.7542551601245,483.033449036804,486.8628881367325,486.90596420463146,487.1838800063626,487.18902672796037,486.9611826261907,486.9353199254457,487.28060508346755,487.5675571717578,487.6782553579141,487.7198252705552,487.8046374876507,487.7925122799853]','{}','');
INSERT INTO "results" VALUES(9,'mha64_s32768_nc',1,491.07262315813205,'TFLOPS','{"calls_checked":17.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0003643035888671875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.5552597444766532e-06,"lse_tol_ratio":0.5568274479198705,"o_max_abs":0.015842437744140625,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0021439219207704746,"o_tol_ratio":0.42223435260422443,"sampled_lse_max_abs":0.0001678466796875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.7512923816155895e-06,"sampled_lse_tol_ratio":0.2597110115416856,"sampled_o_max_abs":0.008669614791870117,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002151955240260275,"sampled_o_tol_ratio":0.3936767324648333}','[489.5979384556622,491.5828840363565,491.20955363537263,490.65975551387584,490.038692360602,489.3355902903551,489.605787257045,491.0138474296717,491.1313988865923,491.66202122749115,491.78518000940426,493.60168795307123,487.1838800063626,491.65059454938444]','{}','');
INSERT INTO "results" VALUES(9,'mha64_s4096_c',1,377.31418505260723,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.601079790612405e-07,"lse_tol_ratio":0.18769049526864717,"o_max_abs":0.016614437103271484,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018621319074512788,"o_tol_ratio":0.4385013182182531,"sampled_lse_max_abs":8.96453857421875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.856878114949553e-07,"sampled_lse_tol_ratio":0.15895012441222203,"sampled_o_max_abs":0.015584468841552734,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020157032680374167,"sampled_o_tol_ratio":0.4318094055512049}','[377.1568094015097,377.3804753703513,376.7515108402586,377.6376467828427,375.1554693677466,377.2976074845649,376.6771641749901,376.04232202759874,375.7791117798466,378.41955902810673,378.4862390882249,377.96166431058793,377.629328502596,377.7705106144921,377.76218648005766,376.47907026746674,376.6358799850698,377.50487637612133,377.5961517964048,376.9168341952709,375.836655617147,376.5038129262092,376.69368653907884,377.7871290358176,378.40288492170157,378.0531607811992,377.3556173582137,377.4550999544427,378.1946290268549,378.728217512165,376.69368653907884,377.3307626206496,377.6874404337991,377.14024638677887,377.7206641216609,377.40536754333357,377.14024638677887,377.50487637612133,377.81204393333934,377.5463513029132,377.98660223523876,378.33620318754265,378.3112191127594,378.078110781591,377.50487637612133,376.14111328771327,377.5214714342329,375.7215855607654,376.9333775920236,377.0078254419444,374.39511980464107,376.4295639786406,374.95894183702944,376.5368286930954,375.2292164984343,377.53806795144123,377.11538917305757,375.4588239626603,375.4998505004485,376.86721271683194,377.04919121672197,378.31956746133307,378.0531607811992,377.4219229652805,378.1779747360723,377.8037489193223,377.87851005005575,369.49133542534156,376.12463936043594,377.57955017220155,377.16507603128485,377.40536754333357,377.1733430234487,377.4219229652805,372.7946481432066,375.1882185504145,376.8258868596711,376.23995646899294,376.3718384532927,374.9507716306028,376.7432623292266,376.83416978134846,377.43023211062996,376.5038129262092,376.66891891905874,378.0115434509171,377.60443769687106,378.1030640754011,377.6874404337991,377.6874404337991,377.6874404337991,375.5573088352686,375.62301452187944,377.0574531295069,377.6376467828427,376.1822890772203,377.3638927054397,376.79282038475094,376.437829486328,377.8037489193223]','{}','');
INSERT INTO "results" VALUES(9,'mha64_s8192_c',1,434.0817283603609,'TFLOPS','{"calls_checked":102.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001354217529296875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.027461938717837e-07,"lse_tol_ratio":0.20657648759220146,"o_max_abs":0.01594257354736328,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017895856497037819,"o_tol_ratio":0.43552468861117266,"sampled_lse_max_abs":8.58306884765625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.136981798738803e-07,"sampled_lse_tol_ratio":0.1692941248140264,"sampled_o_max_abs":0.013866901397705078,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002053176226202213,"sampled_o_tol_ratio":0.3923809515399524}','[432.91675730288273,432.55163452970527,433.18966135707575,432.9822375464899,433.02590204792267,432.5135011104207,432.27410391476417,434.26276648805504,434.30668965679695,434.5428573446595,434.54834410236555,434.3121704521409,434.30668965679695,433.90084111433805,434.1091461999156,434.07073768034644,434.32865457326733,434.32313245783337,434.40000475003234,433.98850910161724,434.0104418453126,432.88948987159125,434.251766638699,434.1475206462298,434.3725501587412,433.8843894503018,434.0817283603609,434.5098987686372,434.4934008873415,434.48791551700305,434.169469465404,434.47690425881245,431.9588935242862,431.50863973615435,432.19798212285957,431.9588935242862,433.3973247290201,432.9986208662823,433.07502497275607,433.9994547748167,433.5175925865501,433.63796798640504,433.402782596527,429.3303636669607,430.5515635003525,433.24427532118693,426.48469164614676,431.54655577954173,433.6981603652066,433.7748523661139,434.20241729630976,434.2353292407151,434.44395568627954,434.33413592300764,434.44943994668944,434.1968983903858,434.3725501587412,434.4659344896631,434.65278269551214,434.43298758083176,434.724280393947,434.45496527443396,434.7297717341166,434.3450990375557,434.3615856584034,432.8567816134275,434.7297717341166,434.38903886364193,434.68027272364185,434.6252961442085,434.0323768059769,433.7036665998062,431.5194606750547,433.23336770633983,432.7695296020518,431.67129366686,433.1460045080859,433.23336770633983,434.43298758083176,433.96657857455494,433.85699999326295,433.9556345595787,433.9501627590823,429.1373202111279,432.72595738948525,433.1733042653557,434.427462812087,434.33413592300764,434.350580802374,434.15851521492993,434.7297717341166,434.27372599995346,434.5648461564341,432.50263026088834,433.7365029755473,434.2243307812651,434.1420440056631,434.2298503845802,434.43298758083176]','{}','');
INSERT INTO "results" VALUES(9,'mha64_s16384_c',1,460.15758960262286,'TFLOPS','{"calls_checked":56.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001926422119140625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.578299886928883e-07,"lse_tol_ratio":0.2892319185806994,"o_max_abs":0.015884876251220703,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001983953343085908,"o_tol_ratio":0.473970546222736,"sampled_lse_max_abs":0.00011444091796875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.499478078174952e-07,"sampled_lse_tol_ratio":0.18814715903165494,"sampled_o_max_abs":0.013317584991455078,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002069000206245461,"sampled_o_tol_ratio":0.38660631851634564}','[459.259643209773,457.404074826105,458.20620707277186,460.31788835327313,460.3456419386451,459.9697367209493,460.12063109336054,460.1175553111415,460.2685466996676,460.31788835327313,460.4443229227812,458.12372829499895,458.18176076250404,459.19516470291154,459.428516337112,460.41660340439836,460.3302024450257,460.2839820576222,460.564709395779,460.1422086321639,459.8004655574725,459.7758488414284,460.2562359063017,460.5400107820224,460.59249275280354,460.25931354290344,460.5430922148925,460.07133171659467,460.5338480399853,460.4412428114695,460.36724058704885,460.1915232006791,460.35795751535,460.5461736889981,460.44744904803974,459.41927108423135,459.28415893861364,459.3210289359468,459.54525821808335,458.78744910314856,459.0326312032239,460.2747023433178,460.4690112739104,460.13913256145906,460.2531583108585,460.0651815114018,460.3394843973906,459.8312286971958,460.10832821120886,459.19516470291154,458.9069249537965,460.15758960262286,460.3364056885351]','{}','');
INSERT INTO "results" VALUES(9,'mha64_s32768_c',1,481.98319057402131,'TFLOPS','{"calls_checked":31.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000293731689453125,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.0735096239590669e-06,"lse_tol_ratio":0.44641275752580883,"o_max_abs":0.01567363739013672,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.002009095250216363,"o_tol_ratio":0.42215988401260923,"sampled_lse_max_abs":0.00012969970703125,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.3330395267681528e-06,"sampled_lse_tol_ratio":0.2000753224743433,"sampled_o_max_abs":0.012164592742919922,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020857066066499756,"sampled_o_tol_ratio":0.3941620081268043}','[481.68586683480737,482.0220821727368,481.91051219826426,482.09645726213375,482.2453267463173,481.483397498328,481.40579419747394,482.0001166857694,481.9781028279564,481.6200682592946,481.7500729858627,481.99840386496527,482.0643562546974,482.3045371116763,482.1928867762236,481.1159581366596,481.1496397368383,481.8294485986488,481.98827832008624,479.429296665867,481.92068483662564,482.1607225153219,482.31472639194067,481.92405902439555,482.2927342262061,482.27069363209677,482.12352218634146,481.3940352582912]','{}','');
INSERT INTO "results" VALUES(10,'mha64_s4096_nc',1,485.84573067155628,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":4.1961669921875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.4646165681145764e-07,"lse_tol_ratio":0.060566423802648595,"o_max_abs":0.01622915267944336,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017586808447878925,"o_tol_ratio":0.46717388448201286,"sampled_lse_max_abs":2.09808349609375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.833641427866647e-07,"sampled_lse_tol_ratio":0.0363232422765345,"sampled_o_max_abs":0.01514577865600586,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020811888085933046,"sampled_o_tol_ratio":0.3888339745823242}','[478.4745974036926,483.59259713484255,483.53134637496527,482.3163910182419,482.3028725671971,480.5826511426847,481.60653851781944,484.24007494129427,483.8786223910024,485.6431722816808,486.2961051512289,485.7529982625025,485.7529982625025,485.3138899648826,485.8010979333389,485.2385189061133,485.19737087893594,484.82082836493635,485.5676477928582,485.7529982625025,485.6431722816808,486.20663928395277,486.32364367970723,486.4613318057127,486.3098996666977,486.1860334742042,486.2823626946883,486.2410374495815,486.2961051512289,486.11725757097355,486.344312445334,486.4269024655452,485.94535170659753,486.0140789724831,486.1516430901561,486.1241240370685,486.49581734144294,486.28923382586873,485.67749076232525,486.24795868207156,486.30297667077724,486.20663928395277,486.07596038183675,485.97285052255,485.93849028982936,486.41315261559674,485.1083598242118,486.44758000929164,486.2272981051857,485.69119905199386,486.00721561477064,486.0897424104849,486.44758000929164,486.1241240370685,486.17224598484074,486.3098996666977,485.89036340977367,486.3374397575854,486.1241240370685,485.93849028982936,486.4682593110781,486.58533833197566,486.32364367970723,486.3305159775395,486.2341676803266,486.21355953721246,485.5127449379469,486.0209937453089,486.2961051512289,486.3649316740876,483.92635155523215,484.7866308385853,485.54019481335627,484.7250772572561,484.99193939705543,481.2625150002883,484.4721990912259,483.34089889788123,483.6879013078804,484.6157155464512,485.910995362183,485.6019555999222,486.1034739820369,486.11034005874495,486.02785749217713,483.02833914787965,483.6062386964171,485.50589573223556,484.813998667132,484.6840671994618,485.32073375423863,485.49904671976725,485.4030275578005,485.464753451686,485.6362682553685,483.1166390672268,482.1472127889565,482.2351908244626,483.86501622636064,484.05587703759346]','{}','');
INSERT INTO "results" VALUES(10,'mha64_s8192_nc',1,517.07657587094855,'TFLOPS','{"calls_checked":62.0,"calls_checked_in_full":3.0,"lse_max_abs":8.20159912109375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":4.4085483475498555e-07,"lse_tol_ratio":0.12424895206363014,"o_max_abs":0.015720844268798828,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020148261885079063,"o_tol_ratio":0.44585219441703067,"sampled_lse_max_abs":3.62396240234375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":5.606885136118446e-07,"sampled_lse_tol_ratio":0.06484601358448899,"sampled_o_max_abs":0.012270927429199219,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002095278576680776,"sampled_o_tol_ratio":0.3863722224222302}','[515.555880574214,511.1192654130227,511.9913175845007,512.4380263822866,511.78540686684636,516.1638466659989,511.06228385340904,513.7328764112477,514.8220710303435,513.5715989409134,515.0574105219351,516.8821387496438,517.0765758709485,517.0260255377334,517.0182003948966,517.2984301108138,517.3724238357754,517.1894222434167,517.2517234030603,517.2050251288124,517.3490917647481,517.1660486785281,517.2828796118665,517.1232509517463,517.2984301108138,517.3023178816383,517.1543916851554,517.2867671489532,517.197194566793,517.3763127188874,517.0999413488221,517.267272028807,517.2594975990872,516.8043469238733,517.4581669566314,510.79255862661745,512.0027998231835,512.0218432850444,512.2737481404805,514.7873604208269,517.002666739094,516.8821387496438,517.0921139684239,516.5635319431378,517.2089114957829,517.0765758709485,516.9326609493879,517.2984301108138,516.8860202656638,516.9949002612154,517.0960566193012,517.1115958876051,516.9910171097772,517.4971293816753,517.0882293565085,516.9326609493879,517.2166844049435,517.0688071723838,517.0765758709485]','{}','');
INSERT INTO "results" VALUES(10,'mha64_s16384_nc',1,528.70598297927597,'TFLOPS','{"calls_checked":33.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000164031982421875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.134340043291535e-07,"lse_tol_ratio":0.24831004564873452,"o_max_abs":0.015767574310302734,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018585350682308204,"o_tol_ratio":0.40547556309114524,"sampled_lse_max_abs":0.0001354217529296875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.0215431129924422e-06,"sampled_lse_tol_ratio":0.2050594224660215,"sampled_o_max_abs":0.00931096076965332,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.001988329019463449,"sampled_o_tol_ratio":0.3883077095033685}','[526.0358139831924,528.8900658837965,528.5219000747554,527.2365025271105,526.7838499860743,529.173115122999,529.2362720486485,529.8381113072862,524.1280712566517,524.2379977959802,523.8044579824895,529.7931906402407,529.6849984106516,529.7748106664058,529.5604921007653,529.7380545443797,530.0016064816516,529.9321163171471,524.3579865178278,522.2836787387176,522.0278038834165,524.786471607072,525.1634435880475,524.6843139345126,524.744373767616,529.5176248745311,529.5094778462226,529.6972271503,529.7911821704384,521.1924024172439]','{}','');
INSERT INTO "results" VALUES(10,'mha64_s32768_nc',1,536.80590814601715,'TFLOPS','{"calls_checked":19.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0003299713134765625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.5206958694188161e-06,"lse_tol_ratio":0.4794820845027531,"o_max_abs":0.01596212387084961,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.002072467628663887,"o_tol_ratio":0.40022190014417114,"sampled_lse_max_abs":0.0002269744873046875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.7403030993860404e-06,"sampled_lse_tol_ratio":0.35057262945733947,"sampled_o_max_abs":0.009479522705078125,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020813959772022135,"sampled_o_tol_ratio":0.39557243721021595}','[532.7184419566962,537.4062322423493,537.456649856296,537.5396559730397,530.1989092274213,536.8918873194648,537.4997471909458,536.6266851512999,536.7199289725696,537.2024661307464,537.57123635201,536.4424162708278,536.5031386089951,536.5974009123694,536.415148737668,537.4408659339151]','{}','');
INSERT INTO "results" VALUES(10,'mha64_s4096_c',1,401.99053153112328,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.7877520416218085e-07,"lse_tol_ratio":0.05891507650947495,"o_max_abs":0.016004085540771484,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018630926794837694,"o_tol_ratio":0.5118988205052478,"sampled_lse_max_abs":1.9073486328125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.214950214660725e-07,"sampled_lse_tol_ratio":0.0351330544986752,"sampled_o_max_abs":0.015386581420898438,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002019948502058904,"sampled_o_tol_ratio":0.4018617083265384}','[399.3089734027907,400.3325120194641,401.62402474592096,400.0528482568226,400.7246918591292,400.49114903170306,401.00529606739263,400.73405873807343,399.9410990636551,400.6779684684751,401.1270260970717,401.1925955985504,397.9953905015185,401.53016904747267,398.9288065522365,398.96587255004806,399.76425292370374,400.25787826379604,398.97512286730273,402.36711435475996,402.5745591370864,402.6406027681233,403.1508064506936,402.99005585159966,402.46139689334746,399.9038516456347,400.94916470720176,402.1316537549714,402.5651060207473,401.51139618007005,402.61230574422376,402.1599183231361,401.80248550989455,401.32379893173663,400.6966634802847,402.99005585159966,403.42536161405167,403.71926910521313,403.3969541830212,403.0467953655716,403.99456396079233,403.065712087602,403.4064111195358,402.37655817471483,403.1602870944421,403.1697329375894,403.2359720093376,403.00896724782046,402.7916460659231,402.8766599309863,402.77275505953423,403.42536161405167,403.49168471674597,402.2823153767347,403.1981436258958,402.63118170234384,401.4832226939642,402.753865825046,402.1599183231361,402.0940322748107,401.3987958284573,401.4738557109355,401.62402474592096,401.2394390954921,400.42580859501385,402.04698903470234,402.7633278085605,401.934088120321,401.06147802498623,401.85889108215,402.0563827812416,401.70854639351774,402.009348349857,401.31443938615837,401.84008746519385,403.1035156242868,402.53681960709383,402.621725926666,401.0708257749023,401.4738557109355,401.97171471238954,401.0895574657648,400.42580859501385,400.9678501727868,401.14576303800646,401.60524310156745,402.263507202672,402.8671926218383,402.5745591370864,402.5085371682755,403.0184060015194,402.8671926218383,402.7066680720492,401.22069340279256,401.4081942484341,402.7444394582795,400.9210700650652,402.1599183231361,401.8776964589731,400.7059942318901]','{}','');
INSERT INTO "results" VALUES(10,'mha64_s8192_c',1,464.86417911490145,'TFLOPS','{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":6.67572021484375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.9868848995589866e-07,"lse_tol_ratio":0.09535242474132793,"o_max_abs":0.015872955322265625,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018452598448999381,"o_tol_ratio":0.44091853217360616,"sampled_lse_max_abs":3.62396240234375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":3.6375867179532145e-07,"sampled_lse_tol_ratio":0.06190779895553071,"sampled_o_max_abs":0.015398025512695313,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020556460318926816,"sampled_o_tol_ratio":0.3864223090876368}','[463.23155725983975,463.55656714271777,463.250309759706,464.54678607104745,464.6661439079338,463.23155725983975,464.1890801875189,464.44629221616674,464.766732935781,462.85715101535794,463.831878103622,463.70045268444113,461.7437498575614,464.8295997705315,464.86103956611646,460.6542353235764,461.39653172941314,460.8766825520103,461.6320804515121,460.7098269970151,463.3440019318086,463.681663723789,463.3565250182223,464.71643297867115,464.82332169187333,465.3458251770228,465.32061112373475,464.82332169187333,465.3773348458845,465.2324069171602,465.04348366165283,465.81266090947406,465.57912601934527,465.2891091354202,465.21349360559134,464.99312378657095,465.4844808523051,465.4655940204984,465.41514268764945,465.0560987836914,465.3962145157787,465.3773348458845,464.65359674907626,465.04348366165283,463.825626946703,465.07495239790984,465.8631514057699,465.32061112373475,465.7621343162191,465.92000748709137,465.5160093020093,465.06238315191655,465.4844808523051,465.1568098144065,465.0497676889404,465.5223530978511,465.5917232132648,465.4655940204984,460.30865321679914,460.9632427181079,459.69280406456994,459.9204696721425,465.1001398347761,465.5412445361692,465.21349360559134,464.4526068902779,464.4086416126779,465.0686676899871,464.98684128999156,465.1064253933314,465.1190439304577,464.58445907811057,465.2260710211498,465.4592987504805,465.0057361765202,460.51839591953996,461.2231184153355,460.21613852245275,465.5917232132648,464.6221850061077,464.94282169210663,464.86731866368643,464.84843502407637,464.5719163301989,464.53424535720075,463.9759346328281,463.65662968328223,462.9506842065234,463.50652877387427,465.08756922731885,464.50280296240294,463.7567820677808,464.64727660852384,465.3709950018041,464.50280296240294,465.07495239790984,465.3584097490736,465.0120191836959,465.4718894608039,465.32061112373475]','{}','');
INSERT INTO "results" VALUES(10,'mha64_s16384_c',1,496.65719181840359,'TFLOPS','{"calls_checked":60.0,"calls_checked_in_full":3.0,"lse_max_abs":0.00014495849609375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":5.294168403871051e-07,"lse_tol_ratio":0.21613682052271438,"o_max_abs":0.01571941375732422,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020260623104830598,"o_tol_ratio":0.45567765047922815,"sampled_lse_max_abs":5.7220458984375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":6.755854376102607e-07,"sampled_lse_tol_ratio":0.10521809501516648,"sampled_o_max_abs":0.015455245971679688,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002082609042127367,"sampled_o_tol_ratio":0.42234141238260087}','[495.67560427769524,495.7829262996657,495.3790319479344,496.41324743185396,496.1372481385935,497.1746352549264,496.5925871109716,496.8080193664241,496.5818391175691,497.0954818605343,496.585421730342,496.6571918184036,497.0523519955918,496.8151911723965,497.0307630854938,496.9086041216039,496.6643592703822,496.82953540554246,496.81877715303114,497.1530357212808,497.1458541581113,496.7648858566609,497.167453067721,496.91219145086774,496.84752039049226,497.0954818605343,497.10989586901655,496.8080193664241,497.22856188489925,491.5486166289032,492.0624473629534,492.63391842693676,492.10124983525844,493.97956426658465,493.7807991235744,493.53259392872786,492.5174350896842,495.9153043760933,496.01910238387046,496.87626695400127,496.41324743185396,496.54954446417105,496.71822875662144,497.22137813957187,496.63563722059257,495.2255607938697,495.4576396161239,496.49213023916013,495.9868808805537,496.5925871109716,496.8331215932523,496.88702769648387,497.08112226693345,497.0954818605343,497.00205220508354,495.8902414830954,495.9725319225963]','{}','');
INSERT INTO "results" VALUES(10,'mha64_s32768_c',1,524.08408453070888,'TFLOPS','{"calls_checked":33.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0002994537353515625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.717571775016321e-07,"lse_tol_ratio":0.46267124214144056,"o_max_abs":0.015625953674316406,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018904653421214419,"o_tol_ratio":0.4134169482264964,"sampled_lse_max_abs":0.0001373291015625,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1663872637350355e-06,"sampled_lse_tol_ratio":0.2130839588087399,"sampled_o_max_abs":0.014337539672851563,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020873860374633893,"sampled_o_tol_ratio":0.3941017631910456}','[523.0210740612185,522.2638643121579,523.8204030610582,523.8783013767837,524.0641027248515,524.3799874271438,524.2599886373107,524.5381024540192,524.3499974846528,524.1040663365663,524.3920320673446,524.4840546819119,524.4620450394121,524.0161663434393,523.7744743445346,524.1280712566517,524.5701426499543,524.4120083092199,524.1980137575414,524.6502304235244,524.4220268184608,522.7823138396302,521.8097869788718,522.8718159623711,522.7445661726539,523.1146335886493,524.3340201485981,519.0959167520784,518.9842227313446,523.9302600922107]','{}','');
CREATE TABLE events (
  id      INTEGER PRIMARY KEY,
  time    TEXT NOT NULL,
  step    INTEGER NOT NULL,
  kind    TEXT NOT NULL,
  message TEXT NOT NULL,
  data    TEXT
);
INSERT INTO "events" VALUES(1,'2026-12-06T01:07:57Z',1,'step_begin','step 1 begun by claude-opus from v0','{"by":"claude-opus","commits":0,"evaluations":0,"opened":1796519277,"parent":0,"step":1,"suite":"mha","workspace":"steps/1/workspace"}');
INSERT INTO "events" VALUES(2,'2026-12-06T02:19:36Z',2,'step_begin','step 2 begun by step from v1','{"by":"step","commits":0,"evaluations":0,"opened":1796523576,"parent":1,"step":2,"suite":"mha","workspace":"steps/2/workspace"}');
INSERT INTO "events" VALUES(3,'2026-12-06T02:19:39Z',2,'step_abort','step 2 aborted','{"by":"step","commits":0,"evaluations":0,"opened":1796523576,"parent":1,"step":2,"suite":"mha","workspace":"steps/2/workspace"}');
INSERT INTO "events" VALUES(4,'2026-12-06T02:19:39Z',3,'step_begin','step 3 begun by claude-opus from v1','{"by":"claude-opus","commits":0,"evaluations":0,"opened":1796523579,"parent":1,"step":3,"suite":"mha","workspace":"steps/3/workspace"}');
INSERT INTO "events" VALUES(5,'2026-12-06T05:27:15Z',4,'step_begin','step 4 begun by claude-opus from v2','{"by":"claude-opus","commits":0,"evaluations":0,"opened":1796534835,"parent":2,"step":4,"suite":"mha","workspace":"steps/4/workspace"}');
INSERT INTO "events" VALUES(6,'2026-12-06T05:34:26Z',5,'step_begin','step 5 begun by claude-opus from v3','{"by":"claude-opus","commits":0,"evaluations":0,"opened":1796535266,"parent":3,"step":5,"suite":"mha","workspace":"steps/5/workspace"}');
INSERT INTO "events" VALUES(7,'2026-12-06T05:35:28Z',6,'step_begin','step 6 begun by claude-opus from v4','{"by":"claude-opus","commits":0,"evaluations":0,"opened":1796535328,"parent":4,"step":6,"suite":"mha","workspace":"steps/6/workspace"}');
INSERT INTO "events" VALUES(8,'2026-12-06T05:36:31Z',6,'step_abort','step 6 aborted','{"by":"claude-opus","commits":1,"evaluations":0,"opened":1796535328,"parent":4,"step":6,"suite":"mha","workspace":"steps/6/workspace"}');
INSERT INTO "events" VALUES(9,'2026-12-06T05:40:46Z',7,'step_begin','step 7 begun by claude-opus from v4','{"by":"claude-opus","commits":0,"evaluations":0,"opened":1796535646,"parent":4,"step":7,"suite":"gqa","workspace":"steps/7/workspace"}');
INSERT INTO "events" VALUES(10,'2026-12-06T20:08:35Z',0,'retrust','imported; judged from now on by this machine''s tool/avo-attention-harness','{"tool/avo-attention-harness":{"now":"01167d473961e236c49ecd531e41f27fc4e9f93134c65f5565fa7d8f863c284c","was":"6ac931b4abaa2718a422ef08a86bacd75f098b655b6ed54220205dea26ae3ae5"}}');
INSERT INTO "events" VALUES(11,'2026-12-06T20:08:35Z',0,'add_suites','suites added to the run''s task: mha64','{"from":"/work/main/tasks/attention/task.toml","suites":["mha64"],"task_toml":{"now":"26875e84cdcfa6335c0fc6ba24c81a3b288c0fac8a4dbaefed9a48baf530be24","was":"81c2a3a6662b0f7054757edca88a8ffac90076bcd8657c26eaa013e52c91915a"}}');
INSERT INTO "events" VALUES(12,'2026-12-06T20:08:36Z',8,'step_begin','step 8 begun by claude-opus from v5','{"by":"claude-opus","commits":0,"evaluations":0,"opened":1796587716,"parent":5,"step":8,"suite":"mha64","workspace":"steps/8/workspace"}');
INSERT INTO "events" VALUES(13,'2026-12-06T20:08:39Z',8,'step_eval','advisory evaluation 1 of step 8: 4.028 TFLOPS','{"advisory":true,"evaluation":{"build_s":1.682674674,"configs":[{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.625503897910217e-08,"lse_tol_ratio":0.008399627392528869,"o_max_abs":0.010275602340698242,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001909120210304642,"o_tol_ratio":0.3823930232841263,"sampled_lse_max_abs":7.62939453125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.284216799753064e-08,"sampled_lse_tol_ratio":0.011592511399930804,"sampled_o_max_abs":0.015483856201171875,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019263687556020366,"sampled_o_tol_ratio":0.4013981592236895},"name":"d64_mha_ragged_nc","samples":[9.286274457347556,8.8248445246756,9.514285583785684,9.225974099213648,9.472000162707438,6.1241379064830035,8.880000224327674,8.628340464150925,8.806611766243751,8.917154779087205,8.954622102327676,9.011416628031578,8.843153470037802,7.778102448235714,9.107692056343721,8.057466739921201,8.5590359981511,8.628340464150925,8.628340464150925,8.507784886999476,8.64584128246247,8.698775407035667,9.186206667659993,8.196923054608366,8.806611766243751,8.423715228099436,8.390550744116341,8.954622102327676,8.61090934008169,8.954622102327676,9.068936188722315,8.89853844818034,8.593548503339207,8.8248445246756,9.146781161288008,9.326914918723457,8.935849166484173,9.225974099213648,8.770370289933627,9.49309547746344,9.011416628031578,9.409271813772175,9.068936188722315,8.86153854465134,8.770370289933627,8.072727209675966,9.166451808609903,9.107692056343721,8.880000224327674,9.347368239575271,9.306550320381273,9.347368239575271,7.878743262127568,9.472000162707438,9.011416628031578,9.186206667659993,9.55695086730155,8.507784886999476,8.734426398067123,8.880000224327674,8.752361179349524,9.186206667659993,8.440395979208638,8.490836978642147,8.118857432345965,9.514285583785684,9.0496814007904,8.681058825760836,9.326914918723457,8.64584128246247,8.917154779087205,9.166451808609903,9.107692056343721,8.61090934008169,8.734426398067123,9.088273087250814,8.752361179349524,8.973473532901249,9.186206667659993,8.917154779087205,9.088273087250814,9.068936188722315,9.306550320381273,9.166451808609903,9.26608675090938,9.64343914176642,9.430088339123184,8.880000224327674,9.011416628031578,9.088273087250814,8.22857164800069,9.347368239575271,8.390550744116341,8.99240505579973,8.843153470037802,9.347368239575271,9.347368239575271,9.450997785125143,8.880000224327674,8.681058825760836],"unit":"TFLOPS","value":8.945235634405925},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":5.7220458984375e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.50900836906295e-08,"lse_tol_ratio":0.0118024426886169,"o_max_abs":0.015295028686523438,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017509106763045688,"o_tol_ratio":0.37932478036115336,"sampled_lse_max_abs":4.76837158203125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.471527306119854e-08,"sampled_lse_tol_ratio":0.009690155344818364,"sampled_o_max_abs":0.015511035919189453,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0018254757049319718,"sampled_o_tol_ratio":0.45274242223202404},"name":"d64_gqa_square_c","samples":[4.041238818285319,4.496953200667568,4.42169036038987,4.535553670584922,4.1200155437700055,4.574822547139356,4.5649416457503795,4.412459203932907,4.555103334776839,4.1200155437700055,4.104015362243045,3.010780668513213,4.496953200667568,4.244112377191306,4.624875401402144,4.696817858458435,4.6864035488718505,4.468431357844278,4.177011765020568,4.244112377191306,4.449616767076536,4.348905309908605,4.177011765020568,4.394112307324898,4.128062510422356,4.412459203932907,4.403266777902542,4.394112307324898,4.594712941522625,4.375917087164405,4.42169036038987,4.506541660208927,4.394112307324898,4.128062510422356,4.3134040304752155,4.185283138369004,4.144251114646899,4.261225864091976,4.177011765020568,4.269834466989907,4.375917087164405,4.440269033308113,4.32222496481216,4.375917087164405,4.304619026896978,3.965418505612563,3.7742284706226994,4.144251114646899,4.707278252184555,4.604723285535651,4.7389418005585595,4.696817858458435,4.516170815536385,4.304619026896978,4.635017453871676,4.665713168377166,4.041238818285319,4.7389418005585595,4.604723285535651,4.244112377191306,4.655436188727511,4.594712941522625,4.468431357844278,4.331082050795311,4.535553670584922,4.412459203932907,4.440269033308113,4.624875401402144,4.218698828839552,4.449616767076536,4.604723285535651,4.42169036038987,4.339975251763189,4.449616767076536,4.635017453871676,4.604723285535651,4.516170815536385,4.58474631610694,4.545307623925491,4.555103334776839,4.676035320651255,4.6864035488718505,4.555103334776839,4.555103334776839,4.5649416457503795,3.338970043605034,4.760288236925171,4.624875401402144,4.6864035488718505,4.440269033308113,4.604723285535651,4.696817858458435,4.366876130244997,4.295869734985797,4.128062510422356,4.43096022220055,4.394112307324898,4.384995822391342,4.449616767076536,4.468431357844278],"unit":"TFLOPS","value":4.440269033308113},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-07,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.0003010895074654e-07,"lse_tol_ratio":0.002252321445190343,"o_max_abs":0.007947683334350586,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018330552590459272,"o_tol_ratio":0.2900028398078035,"sampled_lse_max_abs":3.814697265625e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.1711798806204515e-07,"sampled_lse_tol_ratio":0.009397438145592255,"sampled_o_max_abs":0.009526252746582031,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019638218595917317,"sampled_o_tol_ratio":0.3927113342279078},"name":"d64_decode_row_c","samples":[0.002640776737758943,0.002344827576806555,0.0024802431442157596,0.0025822785581379884,0.00217599998108546,0.002205405439434259,0.0025987260779296757,0.00255000006441842,0.0026322580383406347,0.0024652568842465005,0.0021417323355242433,0.002640776737758943,0.0025341614344507636,0.0026237941219704997,0.0024802431442157596,0.00249541294316707,0.0024802431442157596,0.002701986751617214,0.0022729805150492745,0.002435820970282469,0.0026579803751349013,0.0024727271988946894,0.0024727271988946894,0.0026322580383406347,0.0023314286545588077,0.0026579803751349013,0.002392961832613376,0.002392961832613376,0.0023181818000758683,0.002590476091369393,0.0025660376891200273,0.0025987260779296757,0.0021587301758670572,0.002710963520357646,0.0024285714478504395,0.0025263159016658114,0.0026842106455199246,0.00255000006441842,0.0026579803751349013,0.0026493507538306264,0.002557993622911994,0.0027199998708069386,0.002542056078483511,0.002421364949617384,0.0026930692359253446,0.0024431136904751968,0.0025341614344507636,0.002103092860296658,0.002503067419404309,0.002675409887696236,0.0024802431442157596,0.002421364949617384,0.0026930692359253446,0.002503067419404309,0.002542056078483511,0.0025987260779296757,0.0021361256636578487,0.0026237941219704997,0.002738255042559762,0.0020554156370328576,0.002193548330960928,0.0025263159016658114,0.002407079709408805,0.0025741325069211568,0.0024285714478504395,0.002542056078483511,0.002590476091369393,0.0024727271988946894,0.002675409887696236,0.002450450424010293,0.002590476091369393,0.0024652568842465005,0.00249541294316707,0.0027199998708069386,0.00249541294316707,0.0020198020239472663,0.0025660376891200273,0.0025263159016658114,0.0024878049188214297,0.002358381597183624,0.0025263159016658114,0.002503067419404309,0.002557993622911994,0.002590476091369393,0.0022985915720297265,0.0025341614344507636,0.0021194805630093028,0.0026153847058514933,0.0024431136904751968,0.0024878049188214297,0.002344827576806555,0.002701986751617214,0.0025741325069211568,0.0021305482696738092,0.002247933889268985,0.002557993622911994,0.0026237941219704997,0.002747474826978017,0.0026493507538306264,0.002557993622911994],"unit":"TFLOPS","value":0.0025263159016658114},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":4.76837158203125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.904207566653065e-08,"lse_tol_ratio":0.010542481075086797,"o_max_abs":0.011164665222167969,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017223893965355058,"o_tol_ratio":0.3747045123726318,"sampled_lse_max_abs":6.67572021484375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1363376894202572e-07,"sampled_lse_tol_ratio":0.015451161329151277,"sampled_o_max_abs":0.01549386978149414,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0018967669105318832,"sampled_o_tol_ratio":0.3917727850682308},"name":"d128_mha_sq_lt_sk_c","samples":[4.780990064799488,5.040500945309359,5.082947282713207,3.0369811323600913,5.248695535706553,5.1811159055494,4.967901189005197,5.341592831733064,5.237310323400333,5.158974216600103,5.537614652450149,5.192258175372501,4.724853311321072,5.283151130763399,4.715625011905809,5.051046006622594,5.019542666621199,4.897362798511962,5.158974216600103,5.260130689240789,5.47482979477835,5.425617826278731,4.978144362302918,5.329801489107438,5.2947367393089655,5.051046006622594,4.917311474501915,5.318061748694011,4.9273468803366445,5.192258175372501,5.126114577249518,5.040500945309359,4.762130000531515,5.082947282713207,5.248695535706553,5.237310323400333,4.734117800422542,4.771541396096866,5.14797450775581,5.237310323400333,4.809561937226351,4.967901189005197,4.670019535915997,5.093670881832505,5.437837779164018,5.47482979477835,5.248695535706553,5.040500945309359,5.093670881832505,5.1811159055494,5.115254082641385,4.446408824007969,4.998757653053859,5.329801489107438,4.838476797464712,5.462443567914988,5.365333425497569,5.237310323400333,4.679070030796998,4.2657243632636845,4.479406545095399,4.652023176950573,5.104439824211581,5.413453025059325,5.389285640365089,4.800000110843312,4.917311474501915,4.877575898717445,4.838476797464712,5.093670881832505,5.283151130763399,5.3534368084661565,5.341592831733064,5.093670881832505,4.8579476772683385,4.688155143624244,4.273274375447205,5.009128598456096,5.214686780600254,5.1811159055494,5.3534368084661565,5.07226905120588,5.040500945309359,4.90731686330873,5.07226905120588,5.009128598456096,5.07226905120588,4.358122527524615,4.819161934865694,4.947541079085319,5.329801489107438,5.051046006622594,4.771541396096866,4.724853311321072,4.521348385702018,4.978144362302918,5.248695535706553,5.170021354589425,5.14797450775581,5.401342299637491],"unit":"TFLOPS","value":5.077608166959544},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":4.76837158203125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.626649350824687e-08,"lse_tol_ratio":0.010840004525051489,"o_max_abs":0.015385150909423828,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018433461278564362,"o_tol_ratio":0.40333656238207166,"sampled_lse_max_abs":6.67572021484375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.617664489763544e-08,"sampled_lse_tol_ratio":0.014875183187880957,"sampled_o_max_abs":0.015561580657958984,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.001863759793271306,"sampled_o_tol_ratio":0.4308687064325703},"name":"d128_gqa_sq_gt_sk_nc","samples":[14.065979895042943,13.576119229935593,13.851776564812626,13.54243133371706,13.922449434668975,14.212499497291738,13.50891118369436,13.644000344676439,12.546207056106484,12.721678114435228,12.932701057268806,12.047682491282616,12.662645213915305,11.890196011265958,11.661538139710371,13.246602136023167,13.712562684180211,12.90212795222051,13.50891118369436,13.056459000898723,13.278832558024032,12.155010763373795,13.087769692331811,12.34751160381579,13.056459000898723,13.246602136023167,13.056459000898723,12.431890778905144,12.546207056106484,13.60997514686706,14.138860114338605,13.644000344676439,13.576119229935593,13.54243133371706,13.60997514686706,13.851776564812626,13.50891118369436,13.816708509907999,12.994285817439764,13.02529866971158,11.968420820266987,12.692093451265452,11.968420820266987,13.214527794735604,12.5751155882935,11.968420820266987,12.5751155882935,12.84141159445893,11.736774444132273,12.994285817439764,12.781264883658068,12.546207056106484,11.762068672443034,12.291891759263395,11.968420820266987,13.246602136023167,13.54243133371706,13.958055956258566,12.932701057268806,13.475555593360763,12.963420295752762,12.84141159445893,12.633333312035221,12.932701057268806,12.90212795222051,13.214527794735604,12.662645213915305,13.747103407684467,11.686509503316453,13.18260840313309,13.644000344676439,13.442364317528579,12.90212795222051,12.90212795222051,13.02529866971158,12.811267207191516,13.087769692331811,8.219277207992226,12.34751160381579,12.460274308074473,13.087769692331811,13.246602136023167,11.942232277689833,12.546207056106484,13.475555593360763,13.150843763353787,13.50891118369436,12.751401887804787,12.5751155882935,10.395428942091623,13.119230917083172,12.721678114435228,13.409336145025225,13.60997514686706,11.86434756281978,12.155010763373795,11.4175731799799,12.84141159445893,12.264269321031643,12.155010763373795],"unit":"TFLOPS","value":12.948060676510785},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":2.86102294921875e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.711492162848007e-08,"lse_tol_ratio":0.006400581957979838,"o_max_abs":0.009725332260131836,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001716321362553719,"o_tol_ratio":0.3869075432610109,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.2283265217243972e-07,"sampled_lse_tol_ratio":0.010614387646777522,"sampled_o_max_abs":0.016527652740478516,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0017952590815137456,"sampled_o_tol_ratio":0.43693746454686705},"name":"d128_gqa_sq_gt_sk_c","samples":[0.6753488371288531,0.6065796250130139,0.640000001415405,0.6792982179737046,0.6228418430429405,0.592653080596287,0.6453333235501693,0.6544225416837575,0.61623343910199,0.5896446664352957,0.6034285838214721,0.6471309231081463,0.61623343910199,0.7237383188153054,0.6211764778212282,0.648938565198497,0.6435456830679854,0.6599999948451295,0.6417679707236169,0.6525842621409578,0.6562712070660947,0.6656733352508303,0.7148307672847658,0.6914285769174193,0.6228418430429405,0.7328706666763765,0.6695100984551369,0.6562712070660947,0.6976576501299893,0.6773177992118853,0.6003100661614853,0.6695100984551369,0.6347541106102834,0.6753488371288531,0.6544225416837575,0.719256997886031,0.6347541106102834,0.6453333235501693,0.6382417462980576,0.586666683642953,0.6347541106102834,0.6853097525610949,0.37350481030403576,0.6562712070660947,0.6581302922926265,0.6278919015801067,0.6544225416837575,0.648938565198497,0.6507562811610716,0.6934925585980675,0.7170370519304652,0.6832941202861113,0.6453333235501693,0.6113684013790129,0.619519994614919,0.6618803510546996,0.7398726010105665,0.6812903099911024,0.6347541106102834,0.5987629084609309,0.6637714522390958,0.6330245222097722,0.6753488371288531,0.6525842621409578,0.706139812823781,0.6832941202861113,0.6065796250130139,0.7260000183403031,0.6976576501299893,0.6914285769174193,0.7148307672847658,0.5822556224845071,0.6656733352508303,0.6435456830679854,0.6976576501299893,0.6914285769174193,0.7260000183403031,0.6773177992118853,0.5750495174061628,0.6453333235501693,0.6873372525618052,0.7237383188153054,0.7126380182304032,0.6934925585980675,0.7351898953757567,0.6812903099911024,0.6934925585980675,0.6581302922926265,0.6382417462980576,0.41709156784446577,0.6675862042202194,0.6812903099911024,0.7351898953757567,0.7170370519304652,0.7039999789794292,0.6753488371288531,0.6599999948451295,0.648938565198497,0.6675862042202194,0.7237383188153054],"unit":"TFLOPS","value":0.659065143568878},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":7.62939453125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.367878416745452e-08,"lse_tol_ratio":0.014761422203983665,"o_max_abs":0.015587329864501953,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018933266787736457,"o_tol_ratio":0.4109443849899647,"sampled_lse_max_abs":7.62939453125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1878521757059534e-07,"sampled_lse_tol_ratio":0.014647239238129292,"sampled_o_max_abs":0.015479564666748047,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019206177379976217,"sampled_o_tol_ratio":0.44444153070069736},"name":"d128_mha_square_c","samples":[90.7801401554582,88.39779211069103,92.35209502447115,87.19346035947275,92.75362113022403,88.52005831844261,89.13649078624606,90.90909019905365,92.75362113022403,87.07482889925592,90.65155541220751,89.88763941335507,87.67122941161226,89.01251697664067,92.35209502447115,86.60352049835211,91.8220933208255,89.38547730006847,91.95402261986492,88.03301165202068,90.14084596195006,91.55936717166323,95.95202185885245,95.09658214441521,93.02325580287231,82.15661161890675,89.76156883570069,90.7801401554582,91.69054204556892,86.36977102362926,86.13727996748518,90.65155541220751,92.21902182577642,81.73690671683677,86.95651980958503,91.03840710189769,88.39779211069103,83.76963386893523,88.27586319160235,84.54425345261008,87.19346035947275,88.64265606997044,87.43169567634757,88.88888754134562,91.69054204556892,94.39528272191392,86.83853177822266,82.15661161890675,88.88888754134562,93.56724765478023,90.26798493825432,91.16809243177681,88.88888754134562,88.76560104744723,90.39548306695517,88.15427016741116,83.98950335389189,84.99336314957105,93.43066003886742,84.99336314957105,92.75362113022403,91.16809243177681,89.13649078624606,78.2396087602672,89.01251697664067,91.95402261986492,88.52005831844261,86.13727996748518,87.91208626695008,92.88824279403528,94.53471552109485,89.13649078624606,90.01406462261993,82.15661161890675,92.75362113022403,84.54425345261008,96.24060156575983,96.09609505922717,93.43066003886742,86.48648782095134,92.48555283073034,93.704243199952,92.48555283073034,83.6601302463744,89.13649078624606,90.90909019905365,85.79088747147941,89.01251697664067,90.90909019905365,92.08633157445693,89.13649078624606,85.5614983224832,89.26081041106949,92.48555283073034,90.90909019905365,93.704243199952,91.8220933208255,90.39548306695517,92.61938911238795,82.58064278950931],"unit":"TFLOPS","value":89.57352306788458},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":1.1444091796875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.6465768593097207e-07,"lse_tol_ratio":0.02185606513457107,"o_max_abs":0.012547492980957031,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019630646370827876,"o_tol_ratio":0.3889129587940853,"sampled_lse_max_abs":1.33514404296875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.9257398656615848e-07,"sampled_lse_tol_ratio":0.025239974465799543,"sampled_o_max_abs":0.015446662902832031,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020379510848799027,"sampled_o_tol_ratio":0.3880778113957191},"name":"d128_mha_long_nc","samples":[178.17390908983973,174.22852358815413,181.46125651705844,165.85498164198694,176.25806460202995,171.94405897542993,180.46237964068763,174.22852358815413,181.7966772984165,180.62809474568897,177.05131128449779,179.1475444408362,176.89209126257634,180.96043967343823,175.78551928512545,174.8480075268219,178.33544604638246,168.69982399768688,180.79411447635928,177.37061275976734,177.53067711526714,177.69104931158984,180.79411447635928,184.69859842339412,177.05131128449779,181.46125651705844,180.96043967343823,179.4744585184119,176.5745087837418,178.17390908983973,177.53067711526714,172.39615023237337,181.96485312389572,173.46031438550142,179.96705371845405,179.4744585184119,170.60190091014647,175.00356744463676,174.8480075268219,175.00356744463676,182.98045890211887,175.1593862502386,177.53067711526714,176.25806460202995,175.47189421479922,176.25806460202995,183.49253497452526,179.6383633881312,172.2451892268695,180.96043967343823,173.92042482480758,178.8218191507828,179.3108524748039,179.1475444408362,179.6383633881312,181.12707118076204,177.53067711526714,177.53067711526714,181.7966772984165,176.5745087837418,176.89209126257634,180.79411447635928,181.7966772984165,179.3108524748039,177.69104931158984,179.6383633881312,178.8218191507828,179.1475444408362,180.79411447635928,178.49727617567515,174.6927239164812,172.85060743474125,181.12707118076204,178.49727617567515,181.96485312389572,173.46031438550142,177.53067711526714,178.98453360300957,177.37061275976734,175.47189421479922,177.53067711526714,175.1593862502386,176.4161447885838,177.21081819153804,178.17390908983973,177.85171151408204,178.17390908983973,177.37061275976734,184.8721886611874,171.94405897542993,177.05131128449779,183.3215247894942,171.49433264280216,178.98453360300957,178.8218191507828,176.5745087837418,179.96705371845405,180.13185996013178,177.21081819153804,181.46125651705844],"unit":"TFLOPS","value":177.77138041283592}],"correct":true,"diagnostics":{"bf16_dense_peak_tflops":"1070.530560","checks":"every call on fresh inputs in one of two buffer sets, outputs NaN-poisoned: poison scan, inputs re-derived and compared, guard regions around every buffer, 512 sampled rows vs fp32 reference; the candidate''s first call and 2 random timed calls checked in full","compute_capability":"9.0","cuda_driver_api":"13.0","cuda_runtime":"13.0","cudnn":"9.19.0","device":"NVIDIA H100 80GB HBM3","harness":"avo-attention-harness contract 2","l2_mib":"50","sm_clock_mhz":"1980","sm_count":"132","suite":"smoke","timing":"median over timed calls; CUDA events around each launch on an idle GPU after an L2 flush; event sum cross-checked against wall time; figures above the BF16 peak refused","tolerance":"o: |x-ref| <= 0.0001 + 0.01*(|ref|+sigma) and rel_l2 <= 0.01; lse: |x-ref| <= 0.0002 + 2e-05*|ref|"},"eval_s":1.510545282,"outcome":"scored","reason":"","scalar":4.0275441506336165,"schema":"avo.score.v1","suite":"smoke","unit":"TFLOPS"}}');
INSERT INTO "events" VALUES(14,'2026-12-06T20:09:18Z',8,'step_eval','advisory evaluation 2 of step 8: 492.4 TFLOPS','{"advisory":true,"evaluation":{"build_s":1.493422868,"configs":[{"baselines":{"cudnn":490.33153637013197,"cudnn_nolse":497.70395419565455},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.4670737709148176e-07,"lse_tol_ratio":0.058087472298084454,"o_max_abs":0.01577615737915039,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0014134635737963917,"o_tol_ratio":0.4014316978033248,"sampled_lse_max_abs":2.09808349609375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.8894626857698335e-07,"sampled_lse_tol_ratio":0.03525373018791388,"sampled_o_max_abs":0.014780521392822266,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002087043484128499,"sampled_o_tol_ratio":0.40701961723881785},"name":"mha64_s4096_nc","samples":[479.79081885304583,479.67025089204645,479.8376950269207,478.94144847771906,478.3014060371293,484.7592660997009,485.2111031294657,486.3649316740876,487.21321777614577,486.47513569670866,486.7369934564023,487.1648895445721,485.3481619215063,486.28923382586873,486.28923382586873,486.3167715760961,486.98535105221,487.0543728280552,487.157942184548,486.50957186536147,487.5243124299982,487.36526459937875,487.1648895445721,487.1027305833661,487.303054497905,487.3929243555674,486.7162913015267,487.1855784124685,487.3307071930437,486.4269024655452,488.473850456809,488.61275898291143,489.05785988974105,488.8213217801036,486.97846023520464,487.78038767508986,488.50857018333323,488.3141825779183,478.85466803750273,479.7707033465232,479.6635156453435,480.52891981032906,479.67693643508665,480.3139644990681,479.44938355343254,480.52216042836784,480.2669452127641,487.4343941172628,488.210121059093,487.4205872515183,486.57157952366845,486.5371345767026,487.261607080375,487.35836302674244,487.80118045211924,487.1303605472105,486.68875965039473,487.1510464824009,487.0543728280552,488.0089991967607,487.80118045211924,488.0922072792487,487.6280817641948,487.49663775956446,488.55023001957704,488.321111248371,487.63499097807374,488.25865690372837,487.3168547058007,488.0298114689722,487.64195195124387,487.55199024273406,488.8491470610065,489.1066163202602,488.6058220338074,488.8213217801036,489.3713154370327,488.5294250889851,488.48078365907696,488.42522009252406,488.55023001957704,488.28641816229265,488.97432226825185,488.48078365907696,489.21106040506584,488.0089991967607,487.83580461706754,487.87734978103146,482.2825458751146,482.46539638375174,483.86501622636064,484.27419539876564,484.09678085501895,484.0763534883254,483.3953116295921,481.4783203518192,484.2059592915274,483.91269192845283,483.7083466376926,483.64026988664386],"unit":"TFLOPS","value":487.1648895445721},{"baselines":{"cudnn":499.4964911257596,"cudnn_nolse":506.20964647264077},"correct":true,"errors":{"calls_checked":62.0,"calls_checked_in_full":3.0,"lse_max_abs":8.0108642578125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":4.4075731632055087e-07,"lse_tol_ratio":0.12225071245968783,"o_max_abs":0.01567363739013672,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020435975330466215,"o_tol_ratio":0.4962318741433949,"sampled_lse_max_abs":6.67572021484375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":5.217056097654908e-07,"sampled_lse_tol_ratio":0.09909736457637291,"sampled_o_max_abs":0.011278152465820313,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021129353387956094,"sampled_o_tol_ratio":0.389856149826042},"name":"mha64_s8192_nc","samples":[516.3190104123274,514.8297723629212,515.6874388602519,517.041560597247,515.7648370971767,516.5013964437586,516.6295021834334,516.3306297756292,515.9081024148859,515.807410262178,515.8383927147953,516.901546912725,517.2867671489532,517.4192103981176,517.5010201397447,517.3841487057209,517.3802016604624,517.3568688879287,516.901546912725,517.1933083759044,517.2517234030603,517.4035945872879,517.516583757086,517.3646462449343,517.4464387317063,517.5867478027595,517.0299092150922,517.3295919467195,517.4074839390122,517.1582772912235,517.0688071723838,511.8349943865667,511.3893358779666,511.75877103254675,510.27293144509775,511.1877053898934,511.7358857392388,510.60660567839267,511.83118836019605,511.8731145789643,511.8006853876602,510.67490842244507,510.8229415465994,517.2400625471711,517.5438804211993,517.5750718366555,517.4035945872879,517.2400625471711,517.2439494407158,517.6608240378215,517.4347690949893,517.2244575477391,517.5360976745749,517.41137334921,517.5243659168136,517.4698376487618,517.6530377736652,517.3140395742332,517.6218369606244],"unit":"TFLOPS","value":517.2244575477391},{"baselines":{"cudnn":504.87356237591104,"cudnn_nolse":511.4102619511905},"correct":true,"errors":{"calls_checked":33.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000164031982421875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.129896770120508e-07,"lse_tol_ratio":0.2522630932758627,"o_max_abs":0.015744686126708984,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001940609353838067,"o_tol_ratio":0.4056729825531714,"sampled_lse_max_abs":8.7738037109375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.235359900875508e-07,"sampled_lse_tol_ratio":0.1347777365696476,"sampled_o_max_abs":0.013795852661132813,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020454694421327157,"sampled_o_tol_ratio":0.3822540007955018},"name":"mha64_s16384_nc","samples":[521.6097686592967,525.9331693722047,525.9915357075721,525.9230930428806,526.045894632334,526.0217137233475,526.9211414797767,526.9211414797767,526.92517523596,526.8807471187974,526.8242294902273,526.6788681786061,526.9959265226457,524.1320623622539,523.2958557215708,524.5661448698941,524.676314954576,523.6647420897494,523.1584288100894,523.792440318566,523.6827005365942,523.2938962129742,526.5759123562951,526.8767140428017,526.9635893219976,526.9737055615494,527.0141141780206,527.0424219667984,526.9837619703436,527.0646487235398],"unit":"TFLOPS","value":526.3109034943145},{"baselines":{"cudnn":507.96548049540667,"cudnn_nolse":514.4135412887235},"correct":true,"errors":{"calls_checked":19.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0003337860107421875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.5205597818879203e-06,"lse_tol_ratio":0.5159447567630039,"o_max_abs":0.015844345092773438,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018572603548369603,"o_tol_ratio":0.4260029284760675,"sampled_lse_max_abs":0.0001354217529296875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.6875454097901204e-06,"sampled_lse_tol_ratio":0.21399987160007702,"sampled_o_max_abs":0.009393453598022461,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020167320858433552,"sampled_o_tol_ratio":0.39267357975556627},"name":"mha64_s32768_nc","samples":[526.6334592178879,532.2727955027722,531.985378222412,532.1718171636159,532.3232990440139,532.2119827893392,531.2985186715282,531.4587517437387,531.4196795186783,531.4443592683301,532.233603495368,527.1121202696853,528.6622202398776,532.1923905417235,532.09353004605,532.136753967197],"unit":"TFLOPS","value":532.0394541342309},{"baselines":{"cudnn":447.2119227917408,"cudnn_nolse":448.74214719553794},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.789879382484977e-07,"lse_tol_ratio":0.056989883269901696,"o_max_abs":0.015803813934326172,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001932931710286034,"o_tol_ratio":0.48023432844694164,"sampled_lse_max_abs":1.9073486328125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.22225335641995e-07,"sampled_lse_tol_ratio":0.03507640131275536,"sampled_o_max_abs":0.014844894409179688,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020133054450981315,"sampled_o_tol_ratio":0.4004428798505613},"name":"mha64_s4096_c","samples":[404.27976788513075,404.099100259886,403.8900817326512,404.2512400039085,404.4129985387163,404.68927614722463,404.71786588827075,404.5653747789641,403.29278079749565,403.80467503395954,404.30833523891255,404.82277688948784,403.2359720093376,404.80369488638854,404.37494900489884,404.0800864176377,404.8895602959431,403.43485517543115,404.8991228953723,404.613044748265,403.6433673454955,404.9086503952946,402.5179524954048,403.68131465751696,404.6702067273182,403.63389929605967,405.4916396322601,405.0136603430105,404.832336334586,405.71188487092115,405.9035721882366,405.53949248600657,406.2011030033348,405.625670361617,405.50119503740615,405.7981360372828,404.2893017020044,404.17517352603727,404.31783495567305,404.5844343198503,404.7560155102136,403.12243767106884,401.1176408386597,401.95290053580413,401.64280814705756,401.5770914127609,402.17875188489546,402.3859673283791,402.1034282198159,402.32000719788226,401.82128560785776,401.9811049416785,402.27291106986036,401.8870822961121,401.73671651671845,401.54890870674143,403.94707498820907,404.9659314958045,404.70834736444596,405.43420972638773,405.39593215919217,405.5682024865335,405.18560586685686,405.65439256572654,404.8895602959431,404.98502879764186,404.880033694369,404.76557180254133,405.2525090482726,404.43204372472786,405.7501864296873,405.57779716927416,405.28117842799327,405.2333865123302,404.59398251173354,406.01871444309074,405.59691655237333,405.6065125937776,405.71188487092115,406.09547648469504,405.7214506591609,405.5203428575011,405.57779716927416,405.71188487092115,405.1187247719021,404.24174341623905,404.1846669861615,404.70834736444596,404.0135697552466,403.75719534129377,403.2359720093376,404.4986982646849,405.30030547480817,404.0896108188592,405.2047238935223,404.641623719035,403.42536161405167,404.9181783436023,405.19514685391266,399.7921856656064],"unit":"TFLOPS","value":404.65591522317663},{"baselines":{"cudnn":473.46374510756453,"cudnn_nolse":474.63772894536027},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":6.103515625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.9822094453525337e-07,"lse_tol_ratio":0.09445231940657496,"o_max_abs":0.016042232513427734,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020148290047126483,"o_tol_ratio":0.4302008166720992,"sampled_lse_max_abs":3.62396240234375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":3.829670597535315e-07,"sampled_lse_tol_ratio":0.06445363636221776,"sampled_o_max_abs":0.014090538024902344,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020422024161167803,"sampled_o_tol_ratio":0.39672587528847575},"name":"mha64_s8192_c","samples":[463.16288860850926,463.5815437781038,463.9195520022015,463.81937595827793,465.3521173779667,467.22514799111804,466.8569739562108,465.88842429155164,467.04732654192196,466.5716886256999,467.1235394358206,467.75306823365025,466.28675174458806,466.5589911469551,466.10964373208515,467.0155903321381,468.19285238782817,467.3077641324764,467.92506544775193,464.5216585305095,466.2551188103768,466.9838584350589,467.06005061519375,467.06005061519375,467.4285451479234,467.95056255073024,467.6003037405996,468.0015650935746,467.19972987567695,467.142561056295,467.7339968631075,467.7085233539446,466.2108116338019,467.75306823365025,462.2966982457982,462.84470135977296,462.09149096850103,462.50204147852554,461.03126063019704,463.681663723789,461.7499450235234,462.9819168181487,461.7003421267662,463.65038324915656,463.1129351898398,463.24407426868476,462.9506842065234,466.52099724412057,466.58433958921876,466.4006847239723,467.4857839903791,466.3120706128051,467.3649733965273,466.2741169132926,466.1538845611783,466.63504473782456,465.96425940409983,467.78490475713323,468.2758111387155,468.1992693510215,468.2183786832205,468.0334354539155,467.72123604333507,468.24390776219786,467.96969907331106,467.8422309140585,467.91870347533325,467.7721886065159,467.11719923989915,467.6512299575331,466.75547821477835,468.231166644826,467.606657057776,461.5638851539847,462.85715101535794,463.48151364025773,462.5456000942193,463.4502601635761,461.40271758163976,462.7823702460237,466.6667292467046,466.02114016897633,466.51467339396424,466.4070054841333,466.5653634012005,466.078034822542,466.21717438067225,466.0274506459182,466.128629981509,466.6223910245556,468.12907258427254,467.6894081853032,467.7339968631075,468.2183786832205,467.7148796122558,467.9441998849733,468.26943962521557,468.04616581241964,467.7721886065159,467.75947314722515],"unit":"TFLOPS","value":466.6508869922646},{"baselines":{"cudnn":486.9905203276329,"cudnn_nolse":488.5641310113757},"correct":true,"errors":{"calls_checked":60.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001430511474609375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":5.30689619501996e-07,"lse_tol_ratio":0.2144905098244947,"o_max_abs":0.01564931869506836,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.002010817746479117,"o_tol_ratio":0.5023267154690728,"sampled_lse_max_abs":5.91278076171875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":6.666882206684103e-07,"sampled_lse_tol_ratio":0.1014424415586596,"sampled_o_max_abs":0.01556253433227539,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020777312983364235,"sampled_o_tol_ratio":0.388686768743369},"name":"mha64_s16384_c","samples":[492.74698203203667,492.5774060794714,492.58803404123876,496.6895004761401,496.34512697079896,496.5746740471015,496.0477531634488,495.9761057489812,496.91577883192787,497.11348610524817,496.88344073053605,497.3689546255159,497.45173660741,497.3617131834404,497.09189188435636,497.04876264234406,497.50577704024846,496.88702769648387,497.17104413538505,497.60664456137687,497.40135595614373,497.6895056908915,492.08360681586333,492.2140165058097,492.6516009305241,492.1082863923103,492.8989205641648,492.7010239442492,497.01281839652313,497.0271740440372,497.00205220508354,496.6069719694508,496.6284705975701,497.1746352549264,497.13867280241953,496.9445332947907,496.97329108565,496.95888499784456,496.87985381637543,497.29697869655405,497.167453067721,497.3869250408213,497.1746352549264,497.17104413538505,497.5417926261042,497.11348610524817,497.2106029107763,497.04517334093555,497.2609449256131,497.5453891035738,494.73355233406744,495.20413027798367,495.48260556366307,495.411174519972,496.0441783044619,496.37739503894363,497.1854089248257],"unit":"TFLOPS","value":496.97329108565},{"baselines":{"cudnn":496.1999727280435,"cudnn_nolse":497.14673852363217},"correct":true,"errors":{"calls_checked":33.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000286102294921875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.69374260576186e-07,"lse_tol_ratio":0.4423994187225557,"o_max_abs":0.015584945678710938,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.002030480197384285,"o_tol_ratio":0.45432181879368055,"sampled_lse_max_abs":0.0001125335693359375,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.0998485103792211e-06,"sampled_lse_tol_ratio":0.20295992628495477,"sampled_o_max_abs":0.014413833618164063,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021054777081455645,"sampled_o_tol_ratio":0.3927546400543827},"name":"mha64_s32768_c","samples":[516.678064730477,519.3489833071075,521.528601088317,521.5879995859798,520.9711394226325,521.7642101530765,521.8137428561006,516.5227429882906,516.7616090384519,516.8043469238733,517.047415470097,516.4024386366302,517.549746675974,520.7441251871214,520.6592883244804,521.1311506366367,521.9742721633048,521.4336034179278,521.7206480396458,521.6295334838819,521.7483900078367,521.9247089808384,521.9147856605566,521.93262428064,521.807779541727,521.7741277482565,521.7780830848312,521.873147269727,521.9227006593727,521.7959123612146],"unit":"TFLOPS","value":521.6087665349309}],"correct":true,"diagnostics":{"bf16_dense_peak_tflops":"1070.530560","checks":"every call on fresh inputs in one of two buffer sets, outputs NaN-poisoned: poison scan, inputs re-derived and compared, guard regions around every buffer, 512 sampled rows vs fp32 reference; the candidate''s first call and 2 random timed calls checked in full","compute_capability":"9.0","cuda_driver_api":"13.0","cuda_runtime":"13.0","cudnn":"9.19.0","device":"NVIDIA H100 80GB HBM3","harness":"avo-attention-harness contract 2","l2_mib":"50","sm_clock_mhz":"1980","sm_count":"132","suite":"mha64","timing":"median over timed calls; CUDA events around each launch on an idle GPU after an L2 flush; event sum cross-checked against wall time; figures above the BF16 peak refused","tolerance":"o: |x-ref| <= 0.0001 + 0.01*(|ref|+sigma) and rel_l2 <= 0.01; lse: |x-ref| <= 0.0002 + 2e-05*|ref|"},"eval_s":37.582613792,"outcome":"scored","reason":"","scalar":492.3649678586374,"schema":"avo.score.v1","suite":"mha64","unit":"TFLOPS"}}');
INSERT INTO "events" VALUES(15,'2026-12-06T20:09:21Z',8,'step_eval','advisory evaluation 3 of step 8: 4.39 TFLOPS','{"advisory":true,"evaluation":{"build_s":1.526124157,"configs":[{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":4.76837158203125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.776658241675485e-08,"lse_tol_ratio":0.009306902326368197,"o_max_abs":0.008678913116455078,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018242849160438272,"o_tol_ratio":0.3845342231737567,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":8.908202933219177e-08,"sampled_lse_tol_ratio":0.010839164502747908,"sampled_o_max_abs":0.015630245208740234,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.001921009690770488,"sampled_o_tol_ratio":0.39291748464713305},"name":"d64_mha_ragged_nc","samples":[10.52444447397041,10.629426499927835,11.276190565705571,10.957326662727539,11.013953279987582,10.957326662727539,10.4470590129224,10.221582662085002,10.629426499927835,10.396097362374073,11.042487054997961,10.763636675102113,10.221582662085002,10.270843677975517,10.472726910098858,10.221582662085002,10.370803264314283,10.396097362374073,10.370803264314283,10.52444447397041,9.347368239575271,10.709547637248926,10.05283023562387,8.66341426365438,10.221582662085002,7.022075509610122,7.570870611900211,7.967102815388321,8.308771827433644,9.0496814007904,9.0496814007904,8.165516981011994,8.89853844818034,9.709339500147555,9.450997785125143,8.973473532901249,8.954622102327676,9.430088339123184,9.8438797179552,11.042487054997961,11.013953279987582,11.427346211201057,11.1874018467384,11.246437857813982,11.366399901199342,10.396097362374073,10.656000269193209,11.099999607383522,10.929230739477822,11.071169058542711,10.790885801933424,9.26608675090938,11.551219929275577,10.709547637248926,11.742148786299166,11.366399901199342,11.520000177750719,10.873469743171547,11.158115231342174,11.582608438636727,11.216841744309162,11.306101114102628,11.458064222901788,9.665305880244881,11.427346211201057,10.957326662727539,10.029176337624918,11.645901864089499,11.099999607383522,10.709547637248926,11.1874018467384,11.366399901199342,11.128981549825543,11.042487054997961,11.336169884917823,11.128981549825543,11.246437857813982,11.246437857813982,11.427346211201057,11.276190565705571,10.172792628587409,9.599999896416795,10.370803264314283,10.49852199996955,10.42151588686759,10.901278530481624,10.029176337624918,10.472726910098858,10.550495278030425,9.709339500147555,10.709547637248926,9.367912062409562,10.100473648948725,10.1971289294618,10.221582662085002,10.472726910098858,10.076595973238181,10.845801670186887,10.656000269193209,10.73652403344222],"unit":"TFLOPS","value":10.629426499927835},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.741796935656996e-08,"lse_tol_ratio":0.008115319007712353,"o_max_abs":0.015093803405761719,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001735571744626183,"o_tol_ratio":0.47928390002213156,"sampled_lse_max_abs":3.814697265625e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":8.87006418775558e-08,"sampled_lse_tol_ratio":0.00913540640979396,"sampled_o_max_abs":0.015546321868896484,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0018354073722326612,"sampled_o_tol_ratio":0.4170956260185149},"name":"d64_gqa_square_c","samples":[5.48978712573339,5.5040831386492055,5.666402326603743,5.743391176903281,5.95371273494084,5.0443151676093825,5.790597031407578,5.712346034086015,3.6006269918635714,5.576696502032701,5.681634263201503,4.71778564957553,5.310472311506413,3.173525491283448,5.871022133218338,5.903821390192221,5.903821390192221,5.8547587907654774,5.8547587907654774,5.970531261089322,5.651251402701694,5.8547587907654774,6.004454498557295,4.996614770543609,5.920358349091959,5.903821390192221,5.871022133218338,5.838585771119032,5.970531261089322,5.696948757802006,5.621191326793824,5.167647919006888,5.218686434393931,5.323848918054244,5.532900547409303,5.51845422210531,5.636181284341707,5.405544637085441,6.0387659296060665,6.162005966962233,5.350804927416672,5.920358349091959,5.987444583420895,5.920358349091959,5.696948757802006,5.987444583420895,5.887376079940766,5.93698869561269,5.95371273494084,5.93698869561269,5.987444583420895,5.95371273494084,5.93698869561269,5.871022133218338,5.666402326603743,5.666402326603743,5.712346034086015,6.0387659296060665,5.871022133218338,6.0387659296060665,5.5040831386492055,5.447340405087607,5.903821390192221,6.090974172570707,5.806505385845786,5.93698869561269,5.887376079940766,5.774776067727081,5.838585771119032,5.838585771119032,5.970531261089322,5.95371273494084,6.144093022523913,5.5040831386492055,5.920358349091959,5.903821390192221,6.056068611567781,5.591449779836991,3.0720465112619566,5.838585771119032,5.806505385845786,5.887376079940766,5.903821390192221,5.93698869561269,5.903821390192221,5.806505385845786,6.073471240019458,5.3917552782788105,6.090974172570707,6.108578278916908,5.970531261089322,5.48978712573339,5.606281324965198,5.606281324965198,5.5040831386492055,5.591449779836991,5.51845422210531,4.366876130244997,5.871022133218338,6.0387659296060665],"unit":"TFLOPS","value":5.846672280942254},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-07,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.0340371961014804e-07,"lse_tol_ratio":0.0026028458579586407,"o_max_abs":0.008469820022583008,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018923538553376868,"o_tol_ratio":0.2877402463766404,"sampled_lse_max_abs":1.9073486328125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.6848225696830712e-07,"sampled_lse_tol_ratio":0.005284703072880441,"sampled_o_max_abs":0.00895380973815918,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019634184785139092,"sampled_o_tol_ratio":0.3852297125338671},"name":"d64_decode_row_c","samples":[0.002823529522190413,0.003114503973316007,0.0030222223392913903,0.0028432055494299144,0.0029672727433512035,0.002590476091369393,0.00255000006441842,0.0022729805150492745,0.0028936170869096126,0.0032252963711191535,0.0030792451705806195,0.0028531469034478374,0.0029999999473871238,0.0030110701423035563,0.002775510226114788,0.0027849830297136213,0.0030792451705806195,0.002710963520357646,0.0026070287804609714,0.0026579803751349013,0.002873239347259311,0.0025263159016658114,0.0032125982578823822,0.002542056078483511,0.0023515850565572986,0.002989010853413607,0.002407079709408805,0.0029039147355381404,0.002914285636448056,0.002729096929408515,0.0031750971901767667,0.0028432055494299144,0.002775510226114788,0.002873239347259311,0.00286315802188792,0.0028333332331159137,0.0030222223392913903,0.0027199998708069386,0.0032125982578823822,0.002450450424010293,0.0029781022887388994,0.0028432055494299144,0.00286315802188792,0.0024431136904751968,0.003067669309165628,0.003138461529917618,0.002989010853413607,0.0028833922137368848,0.0029781022887388994,0.003114503973316007,0.0027945204374951412,0.002935251880394141,0.002813793139232325,0.002640776737758943,0.0027661016454011067,0.002945848229340694,0.0029039147355381404,0.0032252963711191535,0.0029672727433512035,0.0027199998708069386,0.0029039147355381404,0.0027661016454011067,0.002935251880394141,0.003056179823337348,0.002813793139232325,0.0030792451705806195,0.0032000001036653365,0.0031505792345948584,0.0024802431442157596,0.002813793139232325,0.00286315802188792,0.0028833922137368848,0.0030110701423035563,0.002775510226114788,0.003114503973316007,0.0029672727433512035,0.002747474826978017,0.002813793139232325,0.0029999999473871238,0.0029672727433512035,0.0030909090667678245,0.0029039147355381404,0.002813793139232325,0.0025341614344507636,0.002775510226114788,0.0030792451705806195,0.0029781022887388994,0.0029039147355381404,0.0030334571246810205,0.0028833922137368848,0.002823529522190413,0.0028833922137368848,0.002400000009269399,0.003056179823337348,0.0030909090667678245,0.002710963520357646,0.003238095263800586,0.0030110701423035563,0.002813793139232325,0.0028936170869096126],"unit":"TFLOPS","value":0.0028833922137368848},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":7.62939453125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.0501201215755933e-07,"lse_tol_ratio":0.01670394569747701,"o_max_abs":0.012604713439941406,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018821860220728452,"o_tol_ratio":0.37729329042279475,"sampled_lse_max_abs":7.62939453125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.174764235304151e-07,"sampled_lse_tol_ratio":0.01670394569747701,"sampled_o_max_abs":0.015523433685302734,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0018950128817030612,"sampled_o_tol_ratio":0.39732799377607503},"name":"d128_mha_sq_lt_sk_c","samples":[5.170021354589425,5.07226905120588,4.762130000531515,4.413894175471907,5.2034481462083075,5.365333425497569,5.425617826278731,5.512328915533386,5.3534368084661565,5.225974067459983,4.897362798511962,5.260130689240789,5.13702128708032,5.225974067459983,5.283151130763399,5.271615778324077,5.13702128708032,3.514410518882718,5.192258175372501,4.947541079085319,5.271615778324077,5.082947282713207,5.009128598456096,5.093670881832505,5.721326852951812,5.271615778324077,5.537614652450149,4.897362798511962,5.614883910278384,5.07226905120588,5.3772826859956195,5.214686780600254,5.040500945309359,5.14797450775581,5.14797450775581,5.040500945309359,5.306373611927939,5.341592831733064,5.437837779164018,5.341592831733064,5.225974067459983,4.454612592878497,5.170021354589425,5.104439824211581,5.225974067459983,3.691743265920695,4.679070030796998,4.688155143624244,5.3772826859956195,5.192258175372501,5.009128598456096,5.271615778324077,5.318061748694011,5.2034481462083075,5.2034481462083075,5.009128598456096,5.019542666621199,5.104439824211581,4.887449609761166,5.283151130763399,5.260130689240789,5.425617826278731,5.283151130763399,5.093670881832505,4.652023176950573,5.1811159055494,5.237310323400333,5.401342299637491,5.237310323400333,5.170021354589425,5.365333425497569,4.947541079085319,5.271615778324077,4.3346499716067415,5.126114577249518,5.14797450775581,5.214686780600254,5.115254082641385,5.07226905120588,5.271615778324077,5.588888879466769,5.271615778324077,5.237310323400333,4.877575898717445,5.104439824211581,5.271615778324077,4.877575898717445,5.575981416814714,5.093670881832505,5.271615778324077,4.9273468803366445,4.771541396096866,5.2034481462083075,5.1811159055494,5.040500945309359,4.947541079085319,4.957700082446859,5.104439824211581,5.3534368084661565,5.47482979477835],"unit":"TFLOPS","value":5.186687040460951},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":4.76837158203125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.406234112158366e-08,"lse_tol_ratio":0.010070789188532462,"o_max_abs":0.010013580322265625,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018460933547973755,"o_tol_ratio":0.3948990116132352,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.0618694095327607e-07,"sampled_lse_tol_ratio":0.012888765443157644,"sampled_o_max_abs":0.016846179962158203,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0018586354862887527,"sampled_o_tol_ratio":0.4119254895196574},"name":"d128_gqa_sq_gt_sk_nc","samples":[13.442364317528579,12.460274308074473,13.246602136023167,14.175584706715162,13.50891118369436,13.60997514686706,11.513924041040871,13.409336145025225,12.963420295752762,13.747103407684467,13.02529866971158,13.119230917083172,13.278832558024032,13.60997514686706,13.712562684180211,11.115274645146476,13.246602136023167,13.214527794735604,12.963420295752762,13.02529866971158,12.781264883658068,13.214527794735604,13.34376527406357,13.119230917083172,13.576119229935593,12.182142690049915,13.442364317528579,12.932701057268806,14.102325314578694,13.993846115750321,13.576119229935593,14.102325314578694,12.40363626675888,14.065979895042943,13.958055956258566,13.993846115750321,13.78181858062061,13.78181858062061,13.442364317528579,13.442364317528579,13.34376527406357,13.712562684180211,13.02529866971158,12.604156801030477,13.54243133371706,13.712562684180211,12.90212795222051,13.409336145025225,13.644000344676439,13.18260840313309,13.056459000898723,13.712562684180211,12.90212795222051,12.31963890471293,12.90212795222051,13.576119229935593,13.54243133371706,13.409336145025225,12.5751155882935,12.264269321031643,13.31121925790464,13.50891118369436,13.54243133371706,12.431890778905144,13.246602136023167,12.90212795222051,13.119230917083172,12.994285817439764,12.963420295752762,13.54243133371706,12.932701057268806,13.119230917083172,13.54243133371706,12.488786908231349,13.087769692331811,12.994285817439764,12.994285817439764,12.074336082863807,13.442364317528579,13.60997514686706,13.246602136023167,12.604156801030477,12.021145543270556,12.8716981733157,13.18260840313309,12.209396013295882,12.90212795222051,12.751401887804787,12.994285817439764,14.212499497291738,13.922449434668975,14.065979895042943,13.150843763353787,14.138860114338605,14.43809535271085,13.60997514686706,14.212499497291738,14.212499497291738,13.851776564812626,13.31121925790464],"unit":"TFLOPS","value":13.2627173470236},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.437826163933921e-08,"lse_tol_ratio":0.007768690050475509,"o_max_abs":0.00947880744934082,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001749404586210604,"o_tol_ratio":0.4295362451884258,"sampled_lse_max_abs":4.76837158203125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.2034509993904915e-07,"sampled_lse_tol_ratio":0.011123292847068648,"sampled_o_max_abs":0.015570640563964844,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0017910844850556177,"sampled_o_tol_ratio":0.4295362451884258},"name":"d128_gqa_sq_gt_sk_c","samples":[0.6812903099911024,0.7305660244318195,0.7104587438193306,0.6832941202861113,0.7170370519304652,0.6914285769174193,0.7126380182304032,0.6812903099911024,0.6792982179737046,0.6714451135511023,0.6853097525610949,0.48909472859506803,0.6792982179737046,0.6675862042202194,0.6976576501299893,0.7592156819858475,0.7104587438193306,0.6618803510546996,0.6893768444793023,0.6695100984551369,0.6313043338175873,0.6417679707236169,0.7018731364560625,0.7214906672200998,0.7126380182304032,0.6873372525618052,0.7148307672847658,0.6637714522390958,0.706139812823781,0.6955688389352913,0.5911450459876637,0.6245161130500524,0.6364931255283051,0.42010848400593315,0.7170370519304652,0.6893768444793023,0.6934925585980675,0.6792982179737046,0.5793516245456162,0.6562712070660947,0.6211764778212282,0.719256997886031,0.7282758314643559,0.6618803510546996,0.6417679707236169,0.7082926945350424,0.5779104403947957,0.6753488371288531,0.6976576501299893,0.719256997886031,0.5750495174061628,0.764210560253908,0.7214906672200998,0.6581302922926265,0.6695100984551369,0.5544630216482327,0.6417679707236169,0.5896446664352957,0.7375237813075214,0.6853097525610949,0.6914285769174193,0.592653080596287,0.6453333235501693,0.6773177992118853,0.7104587438193306,0.648938565198497,0.6812903099911024,0.7214906672200998,0.7470096206080715,0.7082926945350424,0.7082926945350424,0.6773177992118853,0.6453333235501693,0.7446154103718369,0.6832941202861113,0.6934925585980675,0.7282758314643559,0.6003100661614853,0.6955688389352913,0.6178723225563317,0.6832941202861113,0.7214906672200998,0.6914285769174193,0.6893768444793023,0.719256997886031,0.6034285838214721,0.6295935186677227,0.6417679707236169,0.6581302922926265,0.6261994577002311,0.6637714522390958,0.6228418430429405,0.6695100984551369,0.6773177992118853,0.7126380182304032,0.6914285769174193,0.6435456830679854,0.5680195595995398,0.6544225416837575,0.7214906672200998],"unit":"TFLOPS","value":0.6812903099911024},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":8.58306884765625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.534403585149291e-08,"lse_tol_ratio":0.01755872055612292,"o_max_abs":0.013821601867675781,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018791452962700684,"o_tol_ratio":0.3890188498959499,"sampled_lse_max_abs":9.5367431640625e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1293527904966037e-07,"sampled_lse_tol_ratio":0.017856088072511715,"sampled_o_max_abs":0.015948772430419922,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019434262528673005,"sampled_o_tol_ratio":0.4308289900453516},"name":"d128_mha_square_c","samples":[91.03840710189769,90.65155541220751,94.11764742232937,94.25626062630587,87.55130219348132,89.26081041106949,91.16809243177681,88.88888754134562,88.64265606997044,93.43066003886742,92.08633157445693,94.81481235540785,90.01406462261993,95.2380959941349,89.63585139959665,91.95402261986492,89.51049291030664,91.8220933208255,93.02325580287231,90.39548306695517,65.64102742171936,95.52239099146936,91.69054204556892,89.88763941335507,91.16809243177681,90.52333441921766,87.91208626695008,91.8220933208255,92.61938911238795,85.5614983224832,91.95402261986492,90.14084596195006,88.88888754134562,96.67674055868629,94.39528272191392,94.67455269446351,93.704243199952,94.25626062630587,86.36977102362926,87.31241550963388,90.52333441921766,93.979441308686,95.2380959941349,83.22497002577866,93.15866186567841,92.75362113022403,94.81481235540785,91.55936717166323,90.65155541220751,91.03840710189769,89.38547730006847,86.60352049835211,91.03840710189769,94.11764742232937,93.704243199952,92.35209502447115,93.56724765478023,90.52333441921766,88.76560104744723,95.80838001863516,85.10638051740106,89.76156883570069,90.65155541220751,83.6601302463744,88.27586319160235,92.08633157445693,93.15866186567841,90.7801401554582,87.07482889925592,87.31241550963388,92.88824279403528,91.55936717166323,86.02150317493835,93.15866186567841,77.01564537734852,86.13727996748518,81.94622176954566,94.81481235540785,93.56724765478023,94.53471552109485,94.39528272191392,93.29446270136161,91.03840710189769,92.48555283073034,96.38554333617388,92.08633157445693,80.60453478560227,91.55936717166323,93.8416404946422,87.55130219348132,92.08633157445693,90.39548306695517,91.8220933208255,88.76560104744723,91.8220933208255,77.3881489327798,86.36977102362926,89.76156883570069,87.19346035947275,92.61938911238795],"unit":"TFLOPS","value":91.16809243177681},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":1.1444091796875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.6903289579502848e-07,"lse_tol_ratio":0.022986115543387555,"o_max_abs":0.013966083526611328,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0015727799799202756,"o_tol_ratio":0.4176808369626309,"sampled_lse_max_abs":1.33514404296875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.9206673217148005e-07,"sampled_lse_tol_ratio":0.02526521072160257,"sampled_o_max_abs":0.014377593994140625,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020402290363333905,"sampled_o_tol_ratio":0.38806222181205263},"name":"d128_mha_long_nc","samples":[177.37061275976734,182.81040142562975,178.33544604638246,181.29400984527794,183.6638645087369,181.46125651705844,184.00748520956589,176.25806460202995,183.1508330616002,179.96705371845405,185.22032957644754,185.92060078939798,180.79411447635928,180.29696832369817,187.33714953690182,182.3021399580633,182.3021399580633,179.6383633881312,177.69104931158984,181.62881204931583,180.46237964068763,178.8218191507828,184.5253338733397,182.3021399580633,182.47125270179865,171.6439797974483,176.89209126257634,178.65940027655967,181.46125651705844,180.13185996013178,180.13185996013178,178.98453360300957,175.78551928512545,178.8218191507828,181.62881204931583,184.5253338733397,177.53067711526714,176.73315735249253,181.7966772984165,180.46237964068763,182.47125270179865,184.00748520956589,177.69104931158984,175.78551928512545,184.17977817700665,180.13185996013178,168.41095224786895,183.1508330616002,179.3108524748039,180.29696832369817,185.39490236801132,186.0964967342329,184.00748520956589,183.3215247894942,181.46125651705844,178.01266451009673,182.3021399580633,181.62881204931583,179.3108524748039,181.46125651705844,172.54737608377494,172.39615023237337,179.96705371845405,178.01266451009673,178.65940027655967,184.17977817700665,180.62809474568897,178.49727617567515,179.1475444408362,178.49727617567515,170.60190091014647,182.1333403884723,178.17390908983973,183.3215247894942,182.64065975000085,167.8361831730356,176.4161447885838,179.96705371845405,181.29400984527794,183.83551428750755,183.1508330616002,182.47125270179865,180.13185996013178,179.4744585184119,178.98453360300957,178.98453360300957,179.96705371845405,178.49727617567515,182.81040142562975,180.13185996013178,183.83551428750755,184.69859842339412,184.3523940953065,171.6439797974483,175.00356744463676,176.89209126257634,173.30748475469784,173.76678370431986,185.39490236801132,182.3021399580633],"unit":"TFLOPS","value":180.29696832369817}],"correct":true,"diagnostics":{"bf16_dense_peak_tflops":"1070.530560","checks":"every call on fresh inputs in one of two buffer sets, outputs NaN-poisoned: poison scan, inputs re-derived and compared, guard regions around every buffer, 512 sampled rows vs fp32 reference; the candidate''s first call and 2 random timed calls checked in full","compute_capability":"9.0","cuda_driver_api":"13.0","cuda_runtime":"13.0","cudnn":"9.19.0","device":"NVIDIA H100 80GB HBM3","harness":"avo-attention-harness contract 2","l2_mib":"50","sm_clock_mhz":"1980","sm_count":"132","suite":"smoke","timing":"median over timed calls; CUDA events around each launch on an idle GPU after an L2 flush; event sum cross-checked against wall time; figures above the BF16 peak refused","tolerance":"o: |x-ref| <= 0.0001 + 0.01*(|ref|+sigma) and rel_l2 <= 0.01; lse: |x-ref| <= 0.0002 + 2e-05*|ref|"},"eval_s":1.44941118,"outcome":"scored","reason":"","scalar":4.390369230577857,"schema":"avo.score.v1","suite":"smoke","unit":"TFLOPS"}}');
INSERT INTO "events" VALUES(16,'2026-12-06T20:09:59Z',8,'step_eval','advisory evaluation 4 of step 8: 460.1 TFLOPS','{"advisory":true,"evaluation":{"build_s":1.497414141,"configs":[{"baselines":{"cudnn":490.6641406624511,"cudnn_nolse":498.50907516134686},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":4.00543212890625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.4617570581021855e-07,"lse_tol_ratio":0.06151856647913073,"o_max_abs":0.015591144561767578,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0014417405996938473,"o_tol_ratio":0.46038303199755853,"sampled_lse_max_abs":2.09808349609375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.915481141552884e-07,"sampled_lse_tol_ratio":0.037294658997980665,"sampled_o_max_abs":0.01537179946899414,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020779992524552864,"sampled_o_tol_ratio":0.3866569032117518},"name":"mha64_s4096_nc","samples":[449.917338979932,449.7524455664368,449.3290071683561,450.7022587787021,449.440672221456,450.1472417894891,449.92914679131826,449.2937237935041,450.2888135866216,453.7076963713002,453.15719055519435,453.4921140816221,451.2290634028205,453.72568569460446,453.59987961152876,453.0974411935262,453.9774626412624,453.8035963753648,453.671766633474,452.93020897860606,453.03174399207154,454.42775682630446,454.3316376270716,452.7929288043025,453.7556413062822,454.26553731120407,454.7465348535761,455.95340677603446,453.22893731878827,455.0958932622263,452.9839519045419,453.3784270204597,453.953465462675,453.73764960758535,454.7465348535761,453.3485211915922,454.0194749838014,454.36167330643315,455.3491936134397,455.13204893805863,455.4819551805057,455.753836091519,451.9709921524367,453.6059027890782,454.57207911663767,454.199500959861,451.89964307369,455.0114775310837,453.81556439747584,455.68133280127904,454.1034782861712,454.3136002230532,453.6418220947253,453.557989490683,453.6837277030932,453.5041102765981,454.4037120204062,453.8575467789409,454.43980257398624,454.4217565806108,452.9122826769084,454.8127303795044,454.06145039655183,454.5840877075217,454.6322180541094,453.95945334790207,454.0674411308928,454.6923729061985,454.6141567760051,454.1034782861712,453.26479694599306,447.5031533000983,450.57222449593326,451.23497963065563,450.4895224678765,450.4718328416312,453.4981343975389,452.3696502496627,453.3245904566896,453.1332800148908,453.24087504908033,453.1392908071398,453.5400134623015,453.73764960758535,452.8346777174938,456.1471064216955,453.9714742809312,454.63822385904973,455.02957039377117,454.3797145279763,454.63822385904973,454.78864481777714,454.64422982266854,455.5544400346399,453.7017151257144,454.5179587154271,446.74092497432304,449.71713951721426,448.2562663122286,451.03951719713916],"unit":"TFLOPS","value":453.7166910329523},{"baselines":{"cudnn":500.6281639407526,"cudnn_nolse":507.6118361331728},"correct":true,"errors":{"calls_checked":57.0,"calls_checked_in_full":3.0,"lse_max_abs":8.392333984375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":4.416072945853579e-07,"lse_tol_ratio":0.12270005714476297,"o_max_abs":0.01569652557373047,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018586434439933374,"o_tol_ratio":0.4877937387601065,"sampled_lse_max_abs":3.814697265625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":5.087509545514664e-07,"sampled_lse_tol_ratio":0.06855023469435614,"sampled_o_max_abs":0.015025615692138672,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021114759836311004,"sampled_o_tol_ratio":0.38512516624523147},"name":"mha64_s8192_nc","samples":[468.9692964287456,468.0557615403481,469.9378297204543,468.4354408364344,468.9116937504709,473.0824258047501,474.8279782943318,472.5001476332952,473.7150880646576,473.8261082015706,474.6803788260215,473.45723163556295,472.2371318577876,474.1138051793559,474.8017262490455,473.3463356863069,473.46374510756453,472.7829887442295,474.10069387976665,473.2453013637092,473.424618362918,474.91325636036674,473.9830170998433,472.79273121157973,474.33632039788,473.427874627865,473.9241762619951,474.75905453794195,474.70002087786656,473.4017771664983,474.2152107200693,473.5812127880345,475.31732512809424,473.59103681572634,468.60794033879324,470.2916004838854,470.0953362009254,467.98242596478605,467.8486382696809,469.15498015440926,469.84786655772643,468.59832195703194,469.13574657248057,470.81676736631624,474.4378699650698,474.01897175565136,473.7542628384525,472.37997366162915,473.3072283437335,473.93722909410036,473.1247481021284,473.5159565747873,473.49962102331426,473.45723163556295],"unit":"TFLOPS","value":473.4262464953915},{"baselines":{"cudnn":504.8967522695752,"cudnn_nolse":511.68824773648396},"correct":true,"errors":{"calls_checked":31.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001678466796875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.131593938454083e-07,"lse_tol_ratio":0.2458609312228631,"o_max_abs":0.015810012817382813,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0016746243234950857,"o_tol_ratio":0.4361426766871945,"sampled_lse_max_abs":0.00011444091796875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.079038273255218e-06,"sampled_lse_tol_ratio":0.1747221437428593,"sampled_o_max_abs":0.009668827056884766,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002112329009754523,"sampled_o_tol_ratio":0.3896898519059643},"name":"mha64_s16384_nc","samples":[483.70494741840446,483.98937863028686,485.04672452081155,485.24020377555496,485.224785103741,484.3953593222402,486.3735491832215,485.61913688983236,484.51490404253803,485.8783331792353,482.8993629134623,485.7289519987061,484.99709091594843,484.8773081660168,484.41927372365296,484.5388302494471,486.00204261505746,481.4749524028132,483.3561980741773,484.4090462119446,483.8718192130324,483.8598887285063,484.04053353750646,484.3595430186548,482.88237353341594,483.41740446587625,481.5997990789443,482.4416745032916],"unit":"TFLOPS","value":484.4022027670924},{"baselines":{"cudnn":508.05563372328646,"cudnn_nolse":510.0106939700276},"correct":true,"errors":{"calls_checked":17.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0003337860107421875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.5217102853167314e-06,"lse_tol_ratio":0.5012990233205451,"o_max_abs":0.01534128189086914,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018493379086484524,"o_tol_ratio":0.41794037493356845,"sampled_lse_max_abs":0.0001392364501953125,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.7385730868235957e-06,"sampled_lse_tol_ratio":0.23487058665215257,"sampled_o_max_abs":0.009274959564208984,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021609401956141825,"sampled_o_tol_ratio":0.3939576752286398},"name":"mha64_s32768_nc","samples":[490.553804920465,490.2283584765093,490.9182999090577,490.99983704204925,490.45577615097324,491.0165136760803,491.1331772321683,491.056824576255,489.5953395702657,491.14546909048914,487.69037488593574,490.39454761823305,490.1007695836472,490.4960471992479],"unit":"TFLOPS","value":490.52492605985645},{"baselines":{"cudnn":447.4798357609085,"cudnn_nolse":449.6877236241961},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.7280180770858616e-07,"lse_tol_ratio":0.0574091634899306,"o_max_abs":0.019240856170654297,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.002002175866564681,"o_tol_ratio":0.47497665760262653,"sampled_lse_max_abs":1.9073486328125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.0737371634045909e-07,"sampled_lse_tol_ratio":0.033388544630734714,"sampled_o_max_abs":0.015574932098388672,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002018196757663731,"sampled_o_tol_ratio":0.4033547678442982},"name":"mha64_s4096_c","samples":[399.61547116523377,397.9953905015185,398.8269278071853,399.1141709047932,401.68038022066645,395.84040729595796,398.9102761359283,399.26257954756693,399.7363587334939,401.99992175874104,397.967742607055,401.06147802498623,401.0240216375875,400.54718700472773,400.16465991605065,400.9210700650652,400.34182581908226,400.17396590700355,401.69913390378036,399.8014743403422,402.53681960709383,401.8870822961121,399.20690041545515,400.44448008290317,402.37655817471483,401.6897568433352,398.97512286730273,401.65218301566114,402.5179524954048,400.8181713387837,401.26754346178143,402.009348349857,394.56763654555857,398.34607906683476,399.8852305382055,399.45752698058396,401.58646321375056,399.0585331547359,401.56768508222405,401.33315891389594,400.715360236736,400.74339123137645,401.6897568433352,397.9216598731834,401.85889108215,397.61771957846094,401.43632226105404,400.79949982060896,399.56900606571696,401.08020884268024,399.5318279199572,400.73405873807343,401.15511471733106,399.08633282253277,401.31443938615837,402.8577609496094,398.46616530364054,398.93808966124527,401.5958704240371,399.3182396371626,401.68038022066645,399.17908394864395,400.31385097132096,402.7916460659231,400.7901298821714,401.08020884268024,399.96902183634256,402.17875188489546,402.01874033752415,398.51237424790037,401.54890870674143,399.42036957624674,400.91172929447146,402.67836176175814,401.6897568433352,398.8454504806309,400.58455436645505,399.3089734027907,399.0214499384242,399.96902183634256,400.5098266137609,399.15127135802794,398.8732204673075,401.43632226105404,401.4081942484341,401.53016904747267,401.01467606924496,399.448219681976,400.034213271387,399.8387026888806,401.2394390954921,398.14296813062845,400.41649088737694,403.02788041906115,401.73671651671845,401.2300834842809,402.22582596682173,401.3800701773093,399.7270730841666,402.5179524954048],"unit":"TFLOPS","value":400.7247094874047},{"baselines":{"cudnn":473.7444807041674,"cudnn_nolse":475.46203668187667},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":7.2479248046875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.924116735795323e-07,"lse_tol_ratio":0.1098350081630534,"o_max_abs":0.01590442657470703,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001803189435108586,"o_tol_ratio":0.4509718234466731,"sampled_lse_max_abs":3.4332275390625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":3.592534811812022e-07,"sampled_lse_tol_ratio":0.06785153797007874,"sampled_o_max_abs":0.015423774719238281,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002055213887597084,"sampled_o_tol_ratio":0.4225990473897369},"name":"mha64_s8192_c","samples":[435.771861340973,433.8350827548209,433.4191570238644,435.63371388642884,434.2682461748587,435.81604914239773,436.2975061352495,436.13138912173287,437.68695909924,436.07047825280307,438.6536087401298,441.51136781792826,440.9674001765125,442.0054976908996,441.3242368697711,440.2159933786881,440.95605805367444,441.08625348207727,438.46889192045984,442.6831708013666,439.60207569099896,438.6760155563078,438.97866909847977,438.82169479941746,438.82169479941746,440.07501427358034,442.22165908155546,439.3547693508976,439.6864454591406,441.3242368697711,438.4744782708732,441.6418914196974,438.8385230182183,440.7467762632898,441.7838340583911,438.457719646657,438.46889192045984,438.967470831461,440.5264150846999,437.96591234856294,441.78950519726095,442.03392567490846,441.806561813242,442.0566791698419,439.838417849899,439.7202359764449,434.59781306907144,435.04904053716064,435.44051209736364,437.1245651373584,434.9719383844057,435.4846327224947,437.9156736937092,441.5340675464236,440.02995865587343,441.4716383434254,437.4640439196931,439.15821184421276,438.2395992426442,441.59647212284074,438.3961572918304,437.28032738211573,440.2554551362214,438.81609959818644,439.85532414044854,438.2004980192586,440.64503076100794,441.96000357917944,439.53461994225694,442.01117452218546,441.87475911082726,438.7208360567259,441.60780492738286,438.06080667829724,439.59084559582226,442.28998459814835,441.7327157365051,434.5098987686372,437.4362006731387,435.3687786316602,435.01600513483896,437.2747714180508,434.40552882040674,436.7245190946827,434.21337376231,440.199059351921,439.47836678904866,437.75945857156995,438.2899122521669,438.43533512472044,438.7936784695856,440.37396697270106,437.2190951875594,438.1390078694048,437.86544656319046,438.26754486061037,440.2046898762912,441.6362240699307,439.1918793899453,438.973069893553],"unit":"TFLOPS","value":438.8301089088179},{"baselines":{"cudnn":488.3349691791568,"cudnn_nolse":489.4166025044241},"correct":true,"errors":{"calls_checked":56.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000152587890625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":5.240091913957074e-07,"lse_tol_ratio":0.2326823946392303,"o_max_abs":0.015698909759521484,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017043814803936273,"o_tol_ratio":0.4520222883696593,"sampled_lse_max_abs":8.0108642578125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":6.735277381462088e-07,"sampled_lse_tol_ratio":0.12019053290078476,"sampled_o_max_abs":0.013712882995605469,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020758543503368067,"sampled_o_tol_ratio":0.3861268505218539},"name":"mha64_s16384_c","samples":[460.9137626233843,466.1887083295143,465.77158957673083,464.80130290572873,465.95795063837534,464.71643297867115,463.89136582531387,465.80000470956554,466.08750291348656,465.29539980266856,464.14829464990277,466.2582771966171,463.537789840392,464.367864243444,465.8347285683898,466.128629981509,463.52525695414505,463.6941584461315,464.0667917707052,465.9232084075756,463.64413698333396,467.0187590295989,460.58011862517145,461.4523027184501,461.68790840210943,459.1706127554559,461.5731707268809,465.91054619985164,466.53369265490085,462.6608217912622,464.3929751477849,463.63159834579096,462.91638896089955,465.62956589883254,464.14516478450173,466.06856711625886,463.3533592670187,465.21349360559134,463.7348642077782,464.99945333912785,462.5954311907034,465.3962145157787,465.36784862480476,464.0385876999454,463.05676209586085,463.38148010096086,463.913298481877,464.28628424141993,464.99631198409827,461.7468474197625,464.50280296240294,464.2800208303354,463.94774160449805],"unit":"TFLOPS","value":464.2800208303354},{"baselines":{"cudnn":496.45177720247216,"cudnn_nolse":497.34913503809037},"correct":true,"errors":{"calls_checked":31.0,"calls_checked_in_full":3.0,"lse_max_abs":0.00028228759765625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.617293858076207e-07,"lse_tol_ratio":0.43248173977351634,"o_max_abs":0.01564645767211914,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.002025760829672156,"o_tol_ratio":0.4841399468727122,"sampled_lse_max_abs":0.0001049041748046875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.2423971533204346e-06,"sampled_lse_tol_ratio":0.18610857195102892,"sampled_o_max_abs":0.012459754943847656,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002093677657006928,"sampled_o_tol_ratio":0.3929141811249053},"name":"mha64_s32768_c","samples":[481.86489168663644,481.898678233655,483.0453388007539,482.5551568617577,481.5255771419937,480.6415039920753,481.0570392269046,481.29119415383286,478.55622442280475,479.27045522853865,478.9197628528808,477.27328192195966,476.7219904877965,482.94345997751293,481.85477175041564,482.91463415023094,483.60451444168325,482.68566696769113,482.31301133443594,482.0288334356151,482.60939281547326,482.82812676078976,482.558590434036,481.9003903457649,481.93926863635534,481.74161853299984,483.3375048410289,481.80241668021046],"unit":"TFLOPS","value":481.89953428970995}],"correct":true,"diagnostics":{"bf16_dense_peak_tflops":"1070.530560","checks":"every call on fresh inputs in one of two buffer sets, outputs NaN-poisoned: poison scan, inputs re-derived and compared, guard regions around every buffer, 512 sampled rows vs fp32 reference; the candidate''s first call and 2 random timed calls checked in full","compute_capability":"9.0","cuda_driver_api":"13.0","cuda_runtime":"13.0","cudnn":"9.19.0","device":"NVIDIA H100 80GB HBM3","harness":"avo-attention-harness contract 2","l2_mib":"50","sm_clock_mhz":"1980","sm_count":"132","suite":"mha64","timing":"median over timed calls; CUDA events around each launch on an idle GPU after an L2 flush; event sum cross-checked against wall time; figures above the BF16 peak refused","tolerance":"o: |x-ref| <= 0.0001 + 0.01*(|ref|+sigma) and rel_l2 <= 0.01; lse: |x-ref| <= 0.0002 + 2e-05*|ref|"},"eval_s":36.658695146,"outcome":"scored","reason":"","scalar":460.0954251680661,"schema":"avo.score.v1","suite":"mha64","unit":"TFLOPS"}}');
INSERT INTO "events" VALUES(17,'2026-12-06T20:10:42Z',9,'step_begin','step 9 begun by claude-opus from v6','{"by":"claude-opus","commits":0,"evaluations":0,"opened":1796587842,"parent":6,"step":9,"suite":"mha64","workspace":"steps/9/workspace"}');
INSERT INTO "events" VALUES(18,'2026-12-06T20:10:46Z',9,'step_eval','advisory evaluation 1 of step 9: 3.923 TFLOPS','{"advisory":true,"evaluation":{"build_s":1.616809455,"configs":[{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":7.43865966796875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.1441693011414243e-06,"lse_tol_ratio":0.14307443431548103,"o_max_abs":0.015337944030761719,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017987207968524275,"o_tol_ratio":0.3882796300941549,"sampled_lse_max_abs":7.62939453125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.5357202290600895e-06,"sampled_lse_tol_ratio":0.160993915338171,"sampled_o_max_abs":0.015522956848144531,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019157071443805275,"sampled_o_tol_ratio":0.3930155392400135},"name":"d64_mha_ragged_nc","samples":[8.5590359981511,8.24448776917178,7.652423806733174,8.8248445246756,7.680000319867534,8.374067194730433,8.276504508028486,8.734426398067123,7.625044622563059,8.541883491349232,8.5590359981511,8.341291730523084,8.917154779087205,7.735753110980943,9.186206667659993,8.954622102327676,8.734426398067123,8.917154779087205,8.490836978642147,8.5590359981511,9.030508201561728,8.698775407035667,8.880000224327674,8.341291730523084,8.917154779087205,8.734426398067123,8.698775407035667,8.8248445246756,8.698775407035667,8.490836978642147,8.935849166484173,8.788453665457238,8.8248445246756,8.490836978642147,8.64584128246247,8.22857164800069,8.390550744116341,8.308771827433644,8.374067194730433,8.788453665457238,9.225974099213648,8.29260677904991,9.068936188722315,8.490836978642147,8.752361179349524,8.64584128246247,7.323711241387525,8.880000224327674,9.030508201561728,8.770370289933627,8.507784886999476,8.8248445246756,9.286274457347556,8.490836978642147,8.325000021018603,8.698775407035667,9.068936188722315,8.734426398067123,9.011416628031578,8.24448776917178,9.030508201561728,9.367912062409562,9.206047437719732,8.524799595093747,9.206047437719732,9.186206667659993,9.225974099213648,8.681058825760836,8.593548503339207,8.935849166484173,8.86153854465134,9.367912062409562,9.127194757207572,8.374067194730433,8.507784886999476,7.557446979928636,8.24448776917178,8.973473532901249,7.236672289771927,8.374067194730433,8.5590359981511,8.24448776917178,8.02711823640241,8.196923054608366,7.893333639090455,7.907978155158479,7.778102448235714,8.440395979208638,8.457142924279177,8.507784886999476,8.02711823640241,8.407100279268361,8.473956458109067,8.088045594368324,8.24448776917178,8.088045594368324,9.127194757207572,9.088273087250814,8.716564449317625,8.390550744116341],"unit":"TFLOPS","value":8.5590359981511},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":7.343292236328125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.4561864352766693e-06,"lse_tol_ratio":0.16861253336303408,"o_max_abs":0.013785362243652344,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001814735110840702,"o_tol_ratio":0.391141641188716,"sampled_lse_max_abs":7.62939453125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.715531514224208e-06,"sampled_lse_tol_ratio":0.18644828808999062,"sampled_o_max_abs":0.015490531921386719,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0018360013366340413,"sampled_o_tol_ratio":0.4353309057850774},"name":"d64_gqa_square_c","samples":[4.1200155437700055,3.943223830334283,3.972872356883933,4.506541660208927,4.459004215694567,4.459004215694567,3.9579925716001667,3.8781062999472193,3.8358765557596124,4.018190198901835,4.111999888509515,4.152393124209838,4.185283138369004,4.02584395307071,3.9140149664285695,3.8852352259798453,3.5945034298952083,3.9067801330350127,4.304619026896978,4.555103334776839,4.624875401402144,4.3134040304752155,4.339975251763189,4.624875401402144,4.468431357844278,4.072385405094876,4.201924550312656,4.048980713805264,4.261225864091976,3.8498507118180547,4.331082050795311,4.02584395307071,4.018190198901835,4.304619026896978,4.02584395307071,4.348905309908605,4.1361409722921865,3.9140149664285695,3.9579925716001667,4.331082050795311,4.201924550312656,4.477898169706836,4.041238818285319,4.1361409722921865,4.177011765020568,4.210294981999514,4.244112377191306,4.05675232891959,3.928564894667779,3.7015202548382966,4.3134040304752155,4.177011765020568,4.269834466989907,4.348905309908605,4.635017453871676,4.555103334776839,4.487405456762802,4.269834466989907,4.244112377191306,4.1200155437700055,4.002969665704864,4.02584395307071,4.252651903722949,4.185283138369004,3.943223830334283,4.252651903722949,4.010565491459711,4.304619026896978,4.269834466989907,4.152393124209838,4.218698828839552,3.8852352259798453,3.9579925716001667,4.1605667124484995,4.1200155437700055,4.185283138369004,3.842850929913797,4.403266777902542,4.252651903722949,4.218698828839552,4.072385405094876,4.261225864091976,4.088139434429632,4.104015362243045,4.033526920265666,4.304619026896978,4.278477922798081,4.278477922798081,4.3134040304752155,4.339975251763189,4.366876130244997,4.1605667124484995,4.348905309908605,4.252651903722949,4.168773020611081,2.322602191479314,4.32222496481216,4.394112307324898,4.412459203932907,4.269834466989907],"unit":"TFLOPS","value":4.185283138369004},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-07,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.997705780247382e-08,"lse_tol_ratio":0.0024734289422450382,"o_max_abs":0.008237838745117188,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018168911775228776,"o_tol_ratio":0.30722044679573424,"sampled_lse_max_abs":1.9073486328125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.0200674133161827e-07,"sampled_lse_tol_ratio":0.005238727228169516,"sampled_o_max_abs":0.009402751922607422,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020075984801933835,"sampled_o_tol_ratio":0.35013469246842577},"name":"d64_decode_row_c","samples":[0.002518518570830146,0.002407079709408805,0.002235616349996113,0.00249541294316707,0.002205405439434259,0.002344827576806555,0.0026070287804609714,0.002311614663011292,0.0020198020239472663,0.0024652568842465005,0.0021361256636578487,0.002421364949617384,0.0023652173388207126,0.002235616349996113,0.0024802431442157596,0.0022985915720297265,0.0024652568842465005,0.0022113821936676215,0.0023314286545588077,0.0026322580383406347,0.0022921348050405545,0.002542056078483511,0.002450450424010293,0.002385964815196896,0.0026070287804609714,0.002435820970282469,0.0022729805150492745,0.0026666666516031836,0.0026842106455199246,0.002241758199807227,0.002217391255144418,0.0025341614344507636,0.002170212703193727,0.0026070287804609714,0.002392961832613376,0.0023720930229732436,0.002392961832613376,0.0026579803751349013,0.0025107692239340943,0.0023720930229732436,0.002503067419404309,0.0024802431442157596,0.0022729805150492745,0.0023790087988847207,0.002311614663011292,0.0023247863570103086,0.0024285714478504395,0.0023181818000758683,0.0023314286545588077,0.002247933889268985,0.0024878049188214297,0.002217391255144418,0.0023515850565572986,0.002503067419404309,0.0022857142106897143,0.0025987260779296757,0.0022113821936676215,0.0020148148204673084,0.00249541294316707,0.0023790087988847207,0.0023790087988847207,0.00255000006441842,0.002503067419404309,0.0020502512368607176,0.002675409887696236,0.0024652568842465005,0.0022295082397468633,0.002457831355072434,0.002311614663011292,0.002392961832613376,0.002344827576806555,0.0022985915720297265,0.0025987260779296757,0.0024802431442157596,0.0012911392790689942,0.00255000006441842,0.00217599998108546,0.002400000009269399,0.0025660376891200273,0.0023515850565572986,0.002503067419404309,0.0026666666516031836,0.0025741325069211568,0.0023181818000758683,0.0020148148204673084,0.0026237941219704997,0.002407079709408805,0.0019854015258259326,0.0023790087988847207,0.002279329671151746,0.002457831355072434,0.002400000009269399,0.002421364949617384,0.002675409887696236,0.002590476091369393,0.0023720930229732436,0.0026930692359253446,0.002311614663011292,0.0021473683519510783,0.002557993622911994],"unit":"TFLOPS","value":0.002392961832613376},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":5.7220458984375e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.167308032090692e-08,"lse_tol_ratio":0.011305609466563659,"o_max_abs":0.008741378784179688,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017029532070004273,"o_tol_ratio":0.4008280781605064,"sampled_lse_max_abs":6.67572021484375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.2174268961782228e-07,"sampled_lse_tol_ratio":0.014755140343095798,"sampled_o_max_abs":0.01529836654663086,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019007909884859737,"sampled_o_tol_ratio":0.4168421361567857},"name":"d128_mha_sq_lt_sk_c","samples":[4.790476228504985,5.225974067459983,5.040500945309359,5.061635282366598,5.082947282713207,5.341592831733064,5.126114577249518,4.9374233310887,5.061635282366598,5.009128598456096,4.988429863086269,4.8579476772683385,5.051046006622594,5.401342299637491,5.462443567914988,5.450112901557259,5.537614652450149,5.329801489107438,4.688155143624244,4.877575898717445,5.019542666621199,4.828799770644318,4.446408824007969,4.8579476772683385,5.051046006622594,5.158974216600103,4.430091603673298,4.762130000531515,2.977065331808039,4.917311474501915,5.248695535706553,5.450112901557259,5.2034481462083075,4.809561937226351,5.1811159055494,5.093670881832505,5.341592831733064,5.365333425497569,4.897362798511962,5.389285640365089,4.998757653053859,5.2947367393089655,5.14797450775581,5.13702128708032,4.998757653053859,4.471111284304616,5.389285640365089,5.104439824211581,4.867742001328402,4.917311474501915,4.743418692510595,4.988429863086269,4.38185114281916,4.967901189005197,4.877575898717445,5.2947367393089655,5.341592831733064,5.271615778324077,4.947541079085319,4.670019535915997,4.828799770644318,4.897362798511962,5.4872726844148785,5.126114577249518,5.192258175372501,5.192258175372501,4.957700082446859,4.743418692510595,4.688155143624244,4.828799770644318,5.3772826859956195,5.061635282366598,5.093670881832505,5.126114577249518,4.90731686330873,4.9273468803366445,4.743418692510595,4.661003985297689,4.350270451456497,4.616443380514881,5.040500945309359,5.260130689240789,5.07226905120588,5.040500945309359,5.1811159055494,5.051046006622594,4.967901189005197,4.762130000531515,4.625287208839,5.104439824211581,4.462846690146584,4.897362798511962,5.2947367393089655,4.947541079085319,4.790476228504985,4.967901189005197,5.07226905120588,4.897362798511962,4.9374233310887,4.887449609761166],"unit":"TFLOPS","value":5.003943125754978},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":6.67572021484375e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.568758592854552e-08,"lse_tol_ratio":0.015250021709495189,"o_max_abs":0.01534414291381836,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017495284562950581,"o_tol_ratio":0.3961219844688955,"sampled_lse_max_abs":6.67572021484375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.217273990509057e-07,"sampled_lse_tol_ratio":0.015250021709495189,"sampled_o_max_abs":0.015473365783691406,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0018568494204827216,"sampled_o_tol_ratio":0.4018755127857509},"name":"d128_gqa_sq_gt_sk_nc","samples":[12.236771549686782,12.811267207191516,11.661538139710371,11.538266560891785,12.633333312035221,12.488786908231349,12.781264883658068,12.84141159445893,12.604156801030477,11.91615733589359,13.34376527406357,12.604156801030477,13.576119229935593,13.50891118369436,12.751401887804787,11.611914917316748,11.787472901674928,13.887023084462264,13.60997514686706,13.475555593360763,13.816708509907999,14.324409797006263,14.102325314578694,10.297358114559307,13.150843763353787,11.86434756281978,12.517431132874393,12.047682491282616,12.994285817439764,13.18260840313309,13.712562684180211,13.34376527406357,13.409336145025225,14.175584706715162,13.60997514686706,13.60997514686706,13.3764708307351,14.212499497291738,14.324409797006263,13.958055956258566,13.678195098448029,14.029820287749112,13.214527794735604,13.18260840313309,10.743306527094909,12.721678114435228,11.183606773200811,12.811267207191516,12.662645213915305,12.721678114435228,12.963420295752762,12.692093451265452,11.736774444132273,12.431890778905144,11.91615733589359,11.838612003392004,14.065979895042943,13.887023084462264,13.50891118369436,12.811267207191516,13.922449434668975,13.958055956258566,14.102325314578694,13.78181858062061,13.887023084462264,13.922449434668975,13.644000344676439,12.488786908231349,12.209396013295882,12.932701057268806,12.101108650548746,11.092682452449358,13.087769692331811,10.915199481555845,13.18260840313309,13.475555593360763,12.128000208331482,12.488786908231349,11.968420820266987,12.517431132874393,9.065780948960716,12.40363626675888,11.968420820266987,12.811267207191516,12.662645213915305,11.4175731799799,13.60997514686706,13.644000344676439,12.8716981733157,12.264269321031643,12.021145543270556,12.781264883658068,11.587260982768791,13.278832558024032,11.736774444132273,12.633333312035221,13.60997514686706,11.229629526637988,11.942232277689833,12.128000208331482],"unit":"TFLOPS","value":12.811267207191516},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.39132762815419e-08,"lse_tol_ratio":0.007989477219343946,"o_max_abs":0.012830734252929688,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001770652620971574,"o_tol_ratio":0.38727970013810653,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.3167757398273947e-07,"sampled_lse_tol_ratio":0.011537037601782147,"sampled_o_max_abs":0.015621662139892578,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.001801559408986233,"sampled_o_tol_ratio":0.43273975089516553},"name":"d128_gqa_sq_gt_sk_c","samples":[0.6330245222097722,0.6453333235501693,0.6525842621409578,0.6453333235501693,0.6278919015801067,0.6113684013790129,0.6507562811610716,0.7039999789794292,0.592653080596287,0.6675862042202194,0.6714451135511023,0.6525842621409578,0.6453333235501693,0.6471309231081463,0.6435456830679854,0.6637714522390958,0.6675862042202194,0.6581302922926265,0.6049999786006333,0.5466352868705473,0.6581302922926265,0.6675862042202194,0.5039479515955787,0.6211764778212282,0.5505213114967548,0.6178723225563317,0.6675862042202194,0.5365357864290898,0.6976576501299893,0.6146031794821505,0.6893768444793023,0.5377777768711564,0.6435456830679854,0.5722167396379798,0.6792982179737046,0.5750495174061628,0.6773177992118853,0.6562712070660947,0.6955688389352913,0.6976576501299893,0.6097637943492551,0.6417679707236169,0.648938565198497,0.5911450459876637,0.5956923060706381,0.6714451135511023,0.592653080596287,0.6453333235501693,0.6675862042202194,0.563883503415586,0.566634135516785,0.6637714522390958,0.586666683642953,0.7104587438193306,0.6453333235501693,0.6525842621409578,0.6873372525618052,0.6049999786006333,0.6581302922926265,0.6656733352508303,0.34778441946764566,0.706139812823781,0.6507562811610716,0.6278919015801067,0.6435456830679854,0.6637714522390958,0.6417679707236169,0.6295935186677227,0.7375237813075214,0.7082926945350424,0.588151883799074,0.6525842621409578,0.6417679707236169,0.3808524663661701,0.648938565198497,0.6997590446206223,0.6955688389352913,0.648938565198497,0.7170370519304652,0.7398726010105665,0.6544225416837575,0.5316247021621787,0.566634135516785,0.5779104403947957,0.6113684013790129,0.6695100984551369,0.719256997886031,0.6997590446206223,0.6792982179737046,0.6211764778212282,0.640000001415405,0.5208968715961656,0.6773177992118853,0.5708107910459287,0.6364931255283051,0.6656733352508303,0.7237383188153054,0.6792982179737046,0.6753488371288531,0.5987629084609309],"unit":"TFLOPS","value":0.6480347441533216},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":7.62939453125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.431557961971332e-08,"lse_tol_ratio":0.015873127362839013,"o_max_abs":0.01550436019897461,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018375598662635172,"o_tol_ratio":0.46373065995918705,"sampled_lse_max_abs":7.62939453125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.0869625221523859e-07,"sampled_lse_tol_ratio":0.014660970195567077,"sampled_o_max_abs":0.01569986343383789,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019308913919127584,"sampled_o_tol_ratio":0.459699331312217},"name":"d128_mha_square_c","samples":[91.03840710189769,83.98950335389189,91.95402261986492,86.36977102362926,90.01406462261993,84.6560853281199,88.39779211069103,85.33333259158665,89.01251697664067,87.55130219348132,87.79149264128233,90.39548306695517,89.26081041106949,86.95651980958503,88.88888754134562,90.14084596195006,89.63585139959665,87.67122941161226,84.88063899476447,94.39528272191392,90.26798493825432,94.25626062630587,89.88763941335507,85.90603719492837,91.29814776542362,84.76821344926964,88.64265606997044,88.64265606997044,86.60352049835211,86.36977102362926,86.60352049835211,93.29446270136161,87.55130219348132,93.15866186567841,87.67122941161226,92.61938911238795,91.03840710189769,86.95651980958503,89.88763941335507,85.33333259158665,81.73690671683677,89.76156883570069,92.61938911238795,91.95402261986492,89.13649078624606,89.63585139959665,87.43169567634757,88.64265606997044,85.10638051740106,88.15427016741116,84.6560853281199,89.88763941335507,90.26798493825432,87.19346035947275,93.02325580287231,85.33333259158665,88.64265606997044,91.03840710189769,91.42857468858068,89.01251697664067,90.52333441921766,93.56724765478023,90.7801401554582,90.65155541220751,89.76156883570069,94.25626062630587,86.83853177822266,89.13649078624606,90.90909019905365,91.03840710189769,87.43169567634757,84.99336314957105,88.15427016741116,89.63585139959665,89.26081041106949,86.25336882923293,92.48555283073034,89.38547730006847,86.72087033990672,87.31241550963388,88.27586319160235,87.07482889925592,85.33333259158665,85.44726314230289,88.39779211069103,90.39548306695517,85.21970545342992,90.01406462261993,87.79149264128233,88.52005831844261,86.83853177822266,89.13649078624606,91.69054204556892,83.55091253622781,87.43169567634757,83.33333038576217,90.90909019905365,90.39548306695517,87.43169567634757,88.64265606997044],"unit":"TFLOPS","value":88.64265606997044},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":1.1444091796875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.650033078250729e-07,"lse_tol_ratio":0.02222457308817555,"o_max_abs":0.015421867370605469,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001694811320491856,"o_tol_ratio":0.3782618781072896,"sampled_lse_max_abs":1.33514404296875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.943948264314461e-07,"sampled_lse_tol_ratio":0.02444824502114983,"sampled_o_max_abs":0.014396190643310547,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020444211165139012,"sampled_o_tol_ratio":0.4250928885627644},"name":"d128_mha_long_nc","samples":[177.85171151408204,177.85171151408204,169.86528937198133,172.39615023237337,178.8218191507828,171.3449461994675,183.49253497452526,172.54737608377494,176.89209126257634,182.81040142562975,176.25806460202995,177.69104931158984,179.80256790341824,176.10026746183104,167.12319480682504,169.57241594961866,178.33544604638246,179.1475444408362,178.65940027655967,174.53771587809675,175.31550096766526,170.30650129556332,178.17390908983973,170.01210578367517,179.96705371845405,174.3829826787587,178.33544604638246,173.30748475469784,176.5745087837418,173.76678370431986,177.69104931158984,182.47125270179865,178.98453360300957,172.0944923721245,174.6927239164812,176.4161447885838,171.49433264280216,173.1549241921861,153.31566754113672,170.60190091014647,178.98453360300957,174.07433787855513,178.8218191507828,177.85171151408204,142.4359120592081,180.62809474568897,181.62881204931583,172.85060743474125,174.53771587809675,182.1333403884723,178.98453360300957,176.4161447885838,176.4161447885838,180.13185996013178,178.01266451009673,182.1333403884723,183.49253497452526,184.3523940953065,172.0944923721245,178.17390908983973,183.3215247894942,178.49727617567515,175.78551928512545,179.1475444408362,173.6134137970514,173.00263198801815,182.64065975000085,178.8218191507828,179.80256790341824,178.33544604638246,178.01266451009673,177.85171151408204,173.76678370431986,177.85171151408204,179.3108524748039,176.25806460202995,170.01210578367517,183.49253497452526,166.8396927449921,185.22032957644754,169.1349945240523,178.01266451009673,181.29400984527794,178.65940027655967,174.3829826787587,170.74999396042668,178.01266451009673,177.85171151408204,177.53067711526714,178.8218191507828,184.5253338733397,173.00263198801815,172.54737608377494,180.29696832369817,158.88853025888756,176.89209126257634,176.89209126257634,182.81040142562975,180.62809474568897,180.96043967343823],"unit":"TFLOPS","value":177.85171151408204}],"correct":true,"diagnostics":{"bf16_dense_peak_tflops":"1070.530560","checks":"every call on fresh inputs in one of two buffer sets, outputs NaN-poisoned: poison scan, inputs re-derived and compared, guard regions around every buffer, 512 sampled rows vs fp32 reference; the candidate''s first call and 2 random timed calls checked in full","compute_capability":"9.0","cuda_driver_api":"13.0","cuda_runtime":"13.0","cudnn":"9.19.0","device":"NVIDIA H100 80GB HBM3","harness":"avo-attention-harness contract 2","l2_mib":"50","sm_clock_mhz":"1980","sm_count":"132","suite":"smoke","timing":"median over timed calls; CUDA events around each launch on an idle GPU after an L2 flush; event sum cross-checked against wall time; figures above the BF16 peak refused","tolerance":"o: |x-ref| <= 0.0001 + 0.01*(|ref|+sigma) and rel_l2 <= 0.01; lse: |x-ref| <= 0.0002 + 2e-05*|ref|"},"eval_s":1.475497056,"outcome":"scored","reason":"","scalar":3.9233868120720112,"schema":"avo.score.v1","suite":"smoke","unit":"TFLOPS"}}');
INSERT INTO "events" VALUES(19,'2026-12-06T20:11:24Z',9,'step_eval','advisory evaluation 2 of step 9: 456.7 TFLOPS','{"advisory":true,"evaluation":{"build_s":1.529423262,"configs":[{"baselines":{"cudnn":490.6256167054819,"cudnn_nolse":498.50185436802946},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001163482666015625,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.48250624246716e-07,"lse_tol_ratio":0.17592823051097345,"o_max_abs":0.015834808349609375,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0015792078895903502,"o_tol_ratio":0.5441040832269999,"sampled_lse_max_abs":8.20159912109375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.097266254905651e-07,"sampled_lse_tol_ratio":0.14737980303066342,"sampled_o_max_abs":0.012535572052001953,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020765449984639656,"sampled_o_tol_ratio":0.38826555127291146},"name":"mha64_s4096_nc","samples":[449.51711814053607,449.8113159269005,449.3290071683561,452.5722632457439,452.7929288043025,453.3485211915922,452.6080190315774,452.7869716530744,453.5819448745722,453.1392908071398,453.14525723270225,452.62592125533405,447.84142327978276,449.0647354945855,447.1886354404626,448.64839539660346,448.9239322366255,449.0119184588094,448.2562663122286,450.832368138429,452.1791891270551,451.6976759911617,453.14525723270225,452.5424636714652,452.0363820382493,452.02450767213764,451.0276510341224,452.90036224944055,452.53051829727315,452.02450767213764,451.13424832438363,454.2415544104458,454.36167330643315,454.409756564573,453.5220388587645,453.90547871561864,453.6957340378284,454.3076029915993,454.39771240966485,454.409756564573,453.86353213398274,454.3857136634562,454.4037120204062,454.079467783752,452.3398773505976,454.42775682630446,453.8335622758122,453.72568569460446,452.870519453634,453.21695567707997,453.4921140816221,454.0974418874121,454.0074515086033,454.2715781798651,454.03744433821834,453.95945334790207,454.39771240966485,452.5424636714652,454.3376354931,453.3306063254922,454.50590882410444,454.2415544104458,454.5179587154271,454.7706159551127,453.4143548868985,454.4458032962559,454.41575649336914,454.29560900368296,454.7706159551127,454.1034782861712,454.35567480572934,454.4458032962559,454.29560900368296,454.57207911663767,454.2775744602365,454.2775744602365,454.32563991940077,454.67430684830174,454.5840877075217,454.2835708989091,454.6322180541094,453.00784668779676,453.7556413062822,454.3076029915993,454.8067199632213,454.2535455442729,454.752543679223,452.4411478333773,453.5520121916027,454.60815160689964,453.827577711198,448.72457201171005,449.5700102766094,449.7583231364321,449.7406908872927,449.99394715249565,451.9709921524367,453.8335622758122,453.4562184788505,450.9388731302303],"unit":"TFLOPS","value":453.6388394562003},{"baselines":{"cudnn":500.4076469223729,"cudnn_nolse":507.5406077659427},"correct":true,"errors":{"calls_checked":58.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000148773193359375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.752871321120839e-07,"lse_tol_ratio":0.23057541098884568,"o_max_abs":0.015738964080810547,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017967928002184678,"o_tol_ratio":0.4145652903944987,"sampled_lse_max_abs":9.918212890625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":8.06344329635114e-07,"sampled_lse_tol_ratio":0.1687365229814601,"sampled_o_max_abs":0.012090682983398438,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002111725946344925,"sampled_o_tol_ratio":0.3852192358989318},"name":"mha64_s8192_nc","samples":[478.72791075407866,479.275485918078,478.7045549708879,479.0516477587372,478.25145693353033,479.228669721253,479.20531484720993,478.7946115148172,479.938217633226,480.00865348690786,479.6501454938042,479.99186689658177,479.9315248049898,479.67025089204645,479.74724570519356,474.985502627212,474.5328710912826,474.48697679438027,475.76816653137035,474.893596658485,480.0253912860912,480.1192944917644,479.79081885304583,480.06901497615286,479.653487961811,478.39463589193565,480.05892035885995,479.8511255655062,479.99521412891,479.97847843409244,479.8578161515184,480.07236328455855,479.9550004711818,478.58120467748336,479.2253331713002,479.7740474949749,478.31807459380263,480.2132344435658,480.0153484665097,480.2535414005163,480.1729842478989,480.31061281968687,480.2132344435658,474.4804351388195,473.6269320254288,475.00521886514923,474.0484021186213,474.9494012034781,475.11028557364017,473.9143384085,479.9583471893505,479.7003872010913,478.6245662613117,479.40587239693974,479.6635156453435],"unit":"TFLOPS","value":479.653487961811},{"baselines":{"cudnn":504.8902636748568,"cudnn_nolse":511.6787098458134},"correct":true,"errors":{"calls_checked":31.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0002117156982421875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.162167546428372e-07,"lse_tol_ratio":0.32245276981990806,"o_max_abs":0.0157318115234375,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0015957536237055868,"o_tol_ratio":0.40766849451018905,"sampled_lse_max_abs":0.000110626220703125,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1282262695454146e-06,"sampled_lse_tol_ratio":0.19054716538422947,"sampled_o_max_abs":0.008837699890136719,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021356717770569826,"sampled_o_tol_ratio":0.38994677530479216},"name":"mha64_s16384_nc","samples":[487.0285002278891,486.85425327892983,487.7371051728177,487.70940633912977,486.98709949948295,487.63499097807374,487.809797333321,486.1447245992789,486.81976830017373,487.73019306498037,487.65406967492316,487.0630147860292,487.82367785994865,487.685217566343,487.7388590223859,487.65406967492316,481.2878288222108,480.6415039920753,481.2844635376511,482.71790130566575,483.29161376705537,483.0249494792295,483.2525169904258,485.8663547330722,487.52085936659705,486.5043881661447,487.622925762009,486.2961051512289],"unit":"TFLOPS","value":487.00779986368605},{"baselines":{"cudnn":506.9434120985674,"cudnn_nolse":513.5946487219329},"correct":true,"errors":{"calls_checked":17.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0003948211669921875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.5557058104747788e-06,"lse_tol_ratio":0.5458536011148704,"o_max_abs":0.016029834747314453,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017889502369287055,"o_tol_ratio":0.43839672519313383,"sampled_lse_max_abs":0.0001926422119140625,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.7336172177641325e-06,"sampled_lse_tol_ratio":0.308003335610592,"sampled_o_max_abs":0.008555412292480469,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021324768303500018,"sampled_o_tol_ratio":0.3967029667999059},"name":"mha64_s32768_nc","samples":[491.2086641844016,491.3412279047747,491.54772594960207,491.05159581097524,491.734157839646,491.72267537817754,491.8388354983986,491.0945795661342,491.167386738897,491.12616853306827,491.7077332518657,491.76666817313924,491.7675596460598,486.42951912950906],"unit":"TFLOPS","value":491.44447692718836},{"baselines":{"cudnn":447.5089508182632,"cudnn_nolse":449.11168993084834},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":9.34600830078125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.605967391810053e-07,"lse_tol_ratio":0.19915929620039702,"o_max_abs":0.01580047607421875,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001859071600450931,"o_tol_ratio":0.45270127512648295,"sampled_lse_max_abs":8.0108642578125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.0295373373950435e-06,"sampled_lse_tol_ratio":0.16516150385343448,"sampled_o_max_abs":0.01524209976196289,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002010463134566896,"sampled_o_tol_ratio":0.38735575393751515},"name":"mha64_s4096_c","samples":[374.5257114079177,374.689086691456,374.3053851965605,373.6785058994814,374.83624331514574,370.9593401386903,374.5257114079177,375.19642963334155,376.27292597471586,375.180038349345,376.1575886581408,375.7955554527588,377.3307626206496,376.79282038475094,377.3473423739258,376.57809117006235,376.5615789445766,377.44682060654463,377.2064763226202,375.9271260181282,377.32245785432644,377.9366987036583,378.3778920395496,377.87851005005575,377.40536754333357,377.98660223523876,378.1197117688252,378.0531607811992,377.5463513029132,377.7206641216609,378.2446007014724,378.111403239516,376.59460484373386,378.09475627767654,378.3862122846367,376.52855883740017,376.4625667244015,376.4625667244015,376.6854405598087,376.7267356160063,377.4550999544427,376.59460484373386,376.22347388265877,376.7432623292266,376.7019636499831,377.123684826729,377.28103210137243,376.4543308605316,377.3638927054397,377.95333175001093,378.09475627767654,378.2446007014724,377.712373119675,378.1863172049003,377.87021211723396,377.2147759842269,377.9782995545411,378.3278851415625,378.1446705544795,378.1946290268549,378.03651894728745,378.111403239516,378.0198785784524,376.2811539030557,376.6523987275427,375.86955447601605,376.6028468464908,377.82866600911274,377.44682060654463,377.3638927054397,376.83416978134846,375.2537951407174,375.7873181257356,377.2064763226202,376.85067512732144,377.2064763226202,376.52032008589265,376.5698502508204,377.2147759842269,376.9499224410647,376.437829486328,376.27292597471586,377.32245785432644,375.59835690002,377.6376467828427,377.43023211062996,376.9333775920236,376.0176093262783,375.1145180444554,376.388334042365,377.3970594927254,376.7432623292266,377.02437682729783,378.4528805923985,370.7112109695698,372.4309955097195,374.852604572049,371.9713580643418,373.5403954846638,377.372199295823],"unit":"TFLOPS","value":376.94165001654414},{"baselines":{"cudnn":471.1040466102244,"cudnn_nolse":473.8130625943188},"correct":true,"errors":{"calls_checked":101.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001392364501953125,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.998866182926816e-07,"lse_tol_ratio":0.21093964190424058,"o_max_abs":0.015808582305908203,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001797880140936585,"o_tol_ratio":0.43094331126763985,"sampled_lse_max_abs":8.7738037109375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.106686264958705e-07,"sampled_lse_tol_ratio":0.1586765747422944,"sampled_o_max_abs":0.015353202819824219,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020379637672524355,"sampled_o_tol_ratio":0.38986525284080586},"name":"mha64_s8192_c","samples":[430.4706627083496,430.287392059499,430.400557209503,430.8160997584097,429.89438703787516,430.287392059499,430.73509953230376,430.26045483523995,430.48147183415773,430.47604711208925,430.47604711208925,434.7022754450005,433.9063116710762,433.2497700366895,434.169469465404,433.6981603652066,434.350580802374,434.06526297678425,434.27372599995346,434.5428573446595,434.1639922710712,434.4824302851658,434.00496866259374,434.350580802374,434.7297717341166,434.169469465404,434.32313245783337,434.5428573446595,433.7693443238506,434.59781306907144,434.6747826338983,433.9391787402926,434.8067880513322,434.33413592300764,434.60883045674893,434.50441298173024,434.29020720287025,434.57033346944144,434.48791551700305,434.5428573446595,433.9994547748167,434.7573124877634,434.1475206462298,434.3615856584034,434.6692926828346,432.6115256820908,432.3230564084434,432.70959469628065,431.7309412663073,433.3754539078136,433.588717278595,433.43011473215614,432.46450548109067,433.6707944142359,431.1837396411047,433.5121318270601,434.35610361580757,434.1420440056631,434.48791551700305,434.7573124877634,434.40000475003234,433.5668271368687,434.2408082351097,433.9063116710762,434.15303829697507,434.18046514583204,433.3098546863732,434.21885220266563,432.5734222777524,433.9501627590823,432.82407829763054,433.0477376013464,433.65440096818975,432.93858185005666,433.91725319839463,433.7693443238506,434.57033346944144,434.251766638699,434.0487988422746,434.6692926828346,434.47141930499504,434.2682461748587,434.6308259459649,434.18046514583204,434.54834410236555,434.5758209210287,433.2224606407119,434.38903886364193,434.13656750326686,434.20241729630976,433.8022314518236,433.7748523661139,434.350580802374,434.1475206462298,434.09267873631154,434.2353292407151,434.06526297678425,434.69129429259993],"unit":"TFLOPS","value":434.14478232594644},{"baselines":{"cudnn":487.2045962289203,"cudnn_nolse":488.79347398594086},"correct":true,"errors":{"calls_checked":55.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001983642578125,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.575990314810247e-07,"lse_tol_ratio":0.30232740942154535,"o_max_abs":0.015844345092773438,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0016486035956575365,"o_tol_ratio":0.42401639219754045,"sampled_lse_max_abs":0.0001068115234375,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.808957347285828e-07,"sampled_lse_tol_ratio":0.18699396844276428,"sampled_o_max_abs":0.013621807098388672,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002032635971255873,"sampled_o_tol_ratio":0.37867664064732504},"name":"mha64_s16384_c","samples":[456.0230204887519,456.3379452556461,459.1215624444241,459.5083522153496,459.3670561220393,459.994374203709,459.7943225919437,459.74509311093937,459.55753100629,459.5114198581623,459.78199131333605,459.09089418293513,458.6251584390674,459.36092473173443,458.9222691198509,458.86094426792096,458.85788530392523,459.90505868450896,460.25931354290344,460.0929046317098,460.29013811414785,459.77892005686687,460.3148099332745,460.4906215007033,460.3826366055258,460.2747023433178,460.2809040911087,459.97281052721127,460.2870600653018,460.5153148171392,460.44744904803974,460.43816274136594,460.1915232006791,460.3487207710456,460.4505292423853,460.39192067256414,460.41968318606837,460.1730175193357,459.8927673276185,460.4320027247797,460.1668645952015,460.2315703654747,460.4566897547091,460.36724058704885,460.58011862517145,460.39807961669226,460.2562359063017,460.5862826056405,460.42892277829543,460.40115915055077,460.4659308322887,460.25008075657286],"unit":"TFLOPS","value":460.24082556102377},{"baselines":{"cudnn":496.3764870476379,"cudnn_nolse":497.2996333732162},"correct":true,"errors":{"calls_checked":31.0,"calls_checked_in_full":3.0,"lse_max_abs":0.00032806396484375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.0687607488510722e-06,"lse_tol_ratio":0.5068811473337286,"o_max_abs":0.01574087142944336,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018682671631674137,"o_tol_ratio":0.42687217494910623,"sampled_lse_max_abs":0.0001659393310546875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.381709418908835e-06,"sampled_lse_tol_ratio":0.2547686167723067,"sampled_o_max_abs":0.009983539581298828,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020898276480896373,"sampled_o_tol_ratio":0.39181532965925625},"name":"mha64_s32768_c","samples":[482.099833911717,482.1268992150674,482.067732454617,482.33838534154046,482.31301133443594,482.32996067335296,482.2910193251009,482.3858111204809,482.3536211175852,482.4264331642621,481.5879803691905,482.4180054200808,482.3722887777722,482.3756692923749,482.31810609978237,482.2808814824253,482.23856941773863,482.34010057950513,480.9559972921322,481.50531591409157,481.1462763844996,480.85168869754636,481.6842065579302,481.13784311077706,481.0368174084795,481.7331643768739,482.07110870182834,482.1184315309555],"unit":"TFLOPS","value":482.182734316403}],"correct":true,"diagnostics":{"bf16_dense_peak_tflops":"1070.530560","checks":"every call on fresh inputs in one of two buffer sets, outputs NaN-poisoned: poison scan, inputs re-derived and compared, guard regions around every buffer, 512 sampled rows vs fp32 reference; the candidate''s first call and 2 random timed calls checked in full","compute_capability":"9.0","cuda_driver_api":"13.0","cuda_runtime":"13.0","cudnn":"9.19.0","device":"NVIDIA H100 80GB HBM3","harness":"avo-attention-harness contract 2","l2_mib":"50","sm_clock_mhz":"1980","sm_count":"132","suite":"mha64","timing":"median over timed calls; CUDA events around each launch on an idle GPU after an L2 flush; event sum cross-checked against wall time; figures above the BF16 peak refused","tolerance":"o: |x-ref| <= 0.0001 + 0.01*(|ref|+sigma) and rel_l2 <= 0.01; lse: |x-ref| <= 0.0002 + 2e-05*|ref|"},"eval_s":36.86828573,"outcome":"scored","reason":"","scalar":456.6613069104515,"schema":"avo.score.v1","suite":"mha64","unit":"TFLOPS"}}');
INSERT INTO "events" VALUES(20,'2026-12-06T20:12:11Z',9,'step_abort','step 9 aborted: rejected by the gate','{"by":"claude-opus","commits":1,"evaluations":2,"opened":1796587842,"parent":6,"step":9,"suite":"mha64","workspace":"steps/9/workspace"}');
INSERT INTO "events" VALUES(21,'2026-12-06T20:28:05Z',10,'step_begin','step 10 begun by claude-opus from v6','{"by":"claude-opus","commits":0,"evaluations":0,"opened":1796588885,"parent":6,"step":10,"suite":"mha64","workspace":"steps/10/workspace"}');
INSERT INTO "events" VALUES(22,'2026-12-06T20:28:09Z',10,'step_eval','advisory evaluation 1 of step 10: 3.988 TFLOPS','{"advisory":true,"evaluation":{"build_s":1.862381681,"configs":[{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.682016697569815e-08,"lse_tol_ratio":0.008452377319871175,"o_max_abs":0.011365413665771484,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018839949782165756,"o_tol_ratio":0.3857444653362015,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.480162608258167e-08,"sampled_lse_tol_ratio":0.01071602936534959,"sampled_o_max_abs":0.015009880065917969,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019150831882899992,"sampled_o_tol_ratio":0.4069773850082647},"name":"d64_mha_ragged_nc","samples":[8.770370289933627,8.973473532901249,9.146781161288008,8.86153854465134,8.973473532901249,6.691365575431286,8.86153854465134,9.326914918723457,9.127194757207572,9.107692056343721,8.22857164800069,9.088273087250814,8.5590359981511,8.806611766243751,9.245987211092435,9.450997785125143,8.788453665457238,9.166451808609903,9.306550320381273,7.6938624342780475,8.524799595093747,8.042263857281146,8.5590359981511,8.806611766243751,8.524799595093747,8.541883491349232,8.66341426365438,8.14990401967637,7.864206724604583,7.721738959091151,8.541883491349232,8.541883491349232,8.66341426365438,8.576257529650666,8.524799595093747,8.716564449317625,8.490836978642147,7.98202259742225,9.107692056343721,8.457142924279177,8.457142924279177,8.716564449317625,8.698775407035667,8.880000224327674,9.206047437719732,8.072727209675966,7.236672289771927,9.49309547746344,9.225974099213648,8.357647329572996,9.166451808609903,8.770370289933627,8.440395979208638,8.490836978642147,8.917154779087205,8.341291730523084,7.967102815388321,7.849723729063771,8.118857432345965,7.849723729063771,7.967102815388321,8.165516981011994,7.735753110980943,8.66341426365438,8.843153470037802,8.99240505579973,8.917154779087205,7.98202259742225,7.792322122900703,8.770370289933627,8.880000224327674,9.599999896416795,9.306550320381273,9.430088339123184,9.127194757207572,9.665305880244881,9.068936188722315,8.917154779087205,9.55695086730155,9.64343914176642,9.326914918723457,9.107692056343721,8.14990401967637,8.390550744116341,9.367912062409562,8.89853844818034,8.752361179349524,9.0496814007904,9.306550320381273,8.973473532901249,9.030508201561728,9.286274457347556,9.245987211092435,9.599999896416795,8.880000224327674,9.306550320381273,8.917154779087205,8.8248445246756,8.64584128246247,7.778102448235714],"unit":"TFLOPS","value":8.797532715850494},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.485989911691154e-08,"lse_tol_ratio":0.00885736572111778,"o_max_abs":0.013245582580566406,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017514313909301107,"o_tol_ratio":0.38851205945016437,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.05759019726042e-08,"sampled_lse_tol_ratio":0.010307039137408018,"sampled_o_max_abs":0.015384197235107422,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.001836790751822166,"sampled_o_tol_ratio":0.4669980593950587},"name":"d64_gqa_square_c","samples":[4.449616767076536,4.412459203932907,4.3134040304752155,4.459004215694567,4.144251114646899,4.535553670584922,4.348905309908605,4.394112307324898,2.3963355408569598,4.412459203932907,4.144251114646899,4.412459203932907,4.366876130244997,4.403266777902542,4.384995822391342,4.43096022220055,4.42169036038987,4.375917087164405,4.278477922798081,4.269834466989907,4.295869734985797,4.033526920265666,4.168773020611081,4.506541660208927,4.459004215694567,4.468431357844278,4.545307623925491,4.477898169706836,4.604723285535651,4.42169036038987,4.477898169706836,4.295869734985797,4.210294981999514,4.339975251763189,4.278477922798081,4.32222496481216,4.516170815536385,4.506541660208927,4.545307623925491,4.440269033308113,4.331082050795311,4.304619026896978,4.339975251763189,4.707278252184555,4.080247213054036,2.6552361557532067,4.304619026896978,4.218698828839552,4.459004215694567,4.525841490381405,4.506541660208927,4.375917087164405,4.295869734985797,4.375917087164405,4.412459203932907,3.980353846817889,4.2271357992218235,2.810595663396912,4.261225864091976,4.339975251763189,4.366876130244997,4.487405456762802,4.3134040304752155,4.506541660208927,4.295869734985797,3.921276645420888,4.210294981999514,3.9358807134815783,4.506541660208927,4.339975251763189,3.6630292850584887,4.2271357992218235,4.193587334877743,4.295869734985797,4.193587334877743,4.252651903722949,4.535553670584922,4.366876130244997,3.8498507118180547,4.477898169706836,2.943688039970383,4.449616767076536,4.287155937427655,4.366876130244997,4.185283138369004,4.545307623925491,4.43096022220055,4.168773020611081,4.384995822391342,4.1200155437700055,4.235607077478419,4.449616767076536,4.185283138369004,4.269834466989907,3.8923904097667648,4.244112377191306,4.339975251763189,4.384995822391342,4.096062246045208,4.304619026896978],"unit":"TFLOPS","value":4.339975251763189},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":2.384185791015625e-07,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":6.004284630302096e-08,"lse_tol_ratio":0.0009301335746223844,"o_max_abs":0.006913661956787109,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018671702007859606,"o_tol_ratio":0.32647651652406795,"sampled_lse_max_abs":1.9073486328125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.6471600753208585e-07,"sampled_lse_tol_ratio":0.0051536809625138255,"sampled_o_max_abs":0.010360240936279297,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.00202476686456316,"sampled_o_tol_ratio":0.3971629182452248},"name":"d64_decode_row_c","samples":[0.0026930692359253446,0.002392961832613376,0.002457831355072434,0.0024727271988946894,0.0025341614344507636,0.002311614663011292,0.002756756636660029,0.002450450424010293,0.002590476091369393,0.0023181818000758683,0.002503067419404309,0.0025107692239340943,0.002400000009269399,0.002557993622911994,0.0026842106455199246,0.002392961832613376,0.0024802431442157596,0.0026153847058514933,0.002590476091369393,0.0024431136904751968,0.0025341614344507636,0.0026930692359253446,0.0025822785581379884,0.002518518570830146,0.0024285714478504395,0.002804123673504233,0.002081632721102661,0.0024878049188214297,0.0023790087988847207,0.002217391255144418,0.0026070287804609714,0.0024285714478504395,0.002187667630522725,0.002344827576806555,0.0026237941219704997,0.0024142010937088197,0.0025107692239340943,0.001366834157907145,0.002450450424010293,0.0024652568842465005,0.0024727271988946894,0.002385964815196896,0.0023720930229732436,0.0024285714478504395,0.0026930692359253446,0.0024285714478504395,0.0025107692239340943,0.0023720930229732436,0.00249541294316707,0.0023790087988847207,0.002247933889268985,0.00217599998108546,0.0026930692359253446,0.0026579803751349013,0.00249541294316707,0.002103092860296658,0.0024802431442157596,0.0024802431442157596,0.00255000006441842,0.002590476091369393,0.0026070287804609714,0.0024802431442157596,0.002710963520357646,0.0026237941219704997,0.0024802431442157596,0.002701986751617214,0.002435820970282469,0.002640776737758943,0.0024142010937088197,0.002503067419404309,0.0026493507538306264,0.00219946090514544,0.0025660376891200273,0.0025263159016658114,0.0023515850565572986,0.002450450424010293,0.002503067419404309,0.0026070287804609714,0.0026493507538306264,0.0024878049188214297,0.0026930692359253446,0.0025341614344507636,0.002457831355072434,0.0025341614344507636,0.002518518570830146,0.002557993622911994,0.0026842106455199246,0.002518518570830146,0.002729096929408515,0.0025822785581379884,0.002640776737758943,0.0025263159016658114,0.00255000006441842,0.00255000006441842,0.002457831355072434,0.0021587301758670572,0.002710963520357646,0.002457831355072434,0.002503067419404309,0.002710963520357646],"unit":"TFLOPS","value":0.002503067419404309},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":4.76837158203125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.518284356719916e-08,"lse_tol_ratio":0.010383917090153957,"o_max_abs":0.012907981872558594,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018114347763280958,"o_tol_ratio":0.3872114792883602,"sampled_lse_max_abs":6.67572021484375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1143997123267045e-07,"sampled_lse_tol_ratio":0.013189864787304384,"sampled_o_max_abs":0.015391349792480469,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019000880918280641,"sampled_o_tol_ratio":0.4137372202795987},"name":"d128_mha_sq_lt_sk_c","samples":[5.225974067459983,5.040500945309359,4.9374233310887,5.14797450775581,5.030000127068491,4.90731686330873,5.07226905120588,4.998757653053859,5.082947282713207,5.214686780600254,5.030000127068491,5.248695535706553,4.887449609761166,4.877575898717445,4.887449609761166,5.019542666621199,4.092203316578696,5.126114577249518,4.917311474501915,4.967901189005197,5.158974216600103,4.897362798511962,4.957700082446859,4.296085623457896,5.14797450775581,5.158974216600103,5.093670881832505,5.019542666621199,4.917311474501915,5.009128598456096,5.104439824211581,5.214686780600254,5.306373611927939,5.14797450775581,4.998757653053859,5.329801489107438,4.235789661793011,5.214686780600254,4.967901189005197,5.030000127068491,5.2034481462083075,5.2947367393089655,5.237310323400333,5.009128598456096,4.947541079085319,4.867742001328402,4.9374233310887,4.838476797464712,5.126114577249518,5.158974216600103,4.819161934865694,5.030000127068491,4.957700082446859,4.947541079085319,5.009128598456096,4.625287208839,5.082947282713207,4.9374233310887,5.082947282713207,5.07226905120588,4.957700082446859,5.306373611927939,4.529831280541233,4.887449609761166,5.040500945309359,4.838476797464712,4.917311474501915,4.8481926881418955,5.2034481462083075,5.389285640365089,5.389285640365089,5.14797450775581,5.225974067459983,4.998757653053859,4.967901189005197,4.988429863086269,5.082947282713207,4.454612592878497,5.093670881832505,5.2034481462083075,4.634164986857984,5.040500945309359,4.877575898717445,4.897362798511962,4.688155143624244,5.13702128708032,5.14797450775581,4.625287208839,5.170021354589425,5.030000127068491,4.947541079085319,4.771541396096866,4.897362798511962,3.4789625983774157,4.679070030796998,4.743418692510595,4.800000110843312,4.273274375447205,4.661003985297689,4.679070030796998],"unit":"TFLOPS","value":5.003943125754978},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":5.7220458984375e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.652019969771641e-08,"lse_tol_ratio":0.012435660998906903,"o_max_abs":0.013962268829345703,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001841151359250724,"o_tol_ratio":0.3948780997341885,"sampled_lse_max_abs":6.67572021484375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.78163058793831e-08,"sampled_lse_tol_ratio":0.014308358869665814,"sampled_o_max_abs":0.015617847442626953,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.001854300964409793,"sampled_o_tol_ratio":0.417448884813124},"name":"d128_gqa_sq_gt_sk_nc","samples":[13.119230917083172,12.31963890471293,13.31121925790464,13.02529866971158,13.18260840313309,13.119230917083172,11.299378631256934,12.40363626675888,12.781264883658068,13.02529866971158,13.475555593360763,11.513924041040871,12.128000208331482,12.34751160381579,13.18260840313309,12.101108650548746,12.721678114435228,11.047773769977029,13.34376527406357,12.8716981733157,10.915199481555845,13.442364317528579,12.182142690049915,13.3764708307351,14.249608133053652,12.90212795222051,13.54243133371706,13.576119229935593,13.056459000898723,12.633333312035221,13.18260840313309,12.074336082863807,11.115274645146476,13.18260840313309,13.246602136023167,12.932701057268806,13.278832558024032,12.84141159445893,13.31121925790464,12.84141159445893,13.246602136023167,12.40363626675888,10.743306527094909,11.047773769977029,11.686509503316453,12.31963890471293,11.322821503865967,11.115274645146476,8.04955773411121,13.3764708307351,13.150843763353787,13.246602136023167,13.3764708307351,13.150843763353787,12.811267207191516,13.214527794735604,13.54243133371706,13.3764708307351,13.922449434668975,13.644000344676439,13.119230917083172,13.34376527406357,12.488786908231349,13.442364317528579,13.78181858062061,11.968420820266987,11.787472901674928,12.90212795222051,13.475555593360763,13.851776564812626,13.475555593360763,13.442364317528579,13.747103407684467,12.84141159445893,12.633333312035221,10.415267699000882,12.5751155882935,11.115274645146476,13.056459000898723,12.34751160381579,13.056459000898723,12.40363626675888,11.538266560891785,13.214527794735604,13.02529866971158,13.214527794735604,13.056459000898723,12.781264883658068,11.299378631256934,12.994285817439764,12.963420295752762,12.662645213915305,12.8716981733157,12.932701057268806,12.781264883658068,12.5751155882935,11.890196011265958,13.442364317528579,13.02529866971158,10.535907616865748],"unit":"TFLOPS","value":12.948060676510785},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.861643279366562e-08,"lse_tol_ratio":0.008905107266024316,"o_max_abs":0.014057636260986328,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017529143734805962,"o_tol_ratio":0.386369254117233,"sampled_lse_max_abs":4.76837158203125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1562447944235633e-07,"sampled_lse_tol_ratio":0.010890384792143937,"sampled_o_max_abs":0.015209674835205078,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0017906576029025705,"sampled_o_tol_ratio":0.41986104450553646},"name":"d128_gqa_sq_gt_sk_c","samples":[0.640000001415405,0.6853097525610949,0.6581302922926265,0.6753488371288531,0.7260000183403031,0.6873372525618052,0.7018731364560625,0.6675862042202194,0.6637714522390958,0.6544225416837575,0.6178723225563317,0.6773177992118853,0.7104587438193306,0.6812903099911024,0.6146031794821505,0.6893768444793023,0.6347541106102834,0.6034285838214721,0.6347541106102834,0.5151219513514154,0.5128476979578529,0.6245161130500524,0.5851889225434724,0.6146031794821505,0.525610872141323,0.6178723225563317,0.6792982179737046,0.6544225416837575,0.6675862042202194,0.7822222448572707,0.6976576501299893,0.6637714522390958,0.6873372525618052,0.6581302922926265,0.6129815228808522,0.6618803510546996,0.6618803510546996,0.7237383188153054,0.6364931255283051,0.6656733352508303,0.6675862042202194,0.6832941202861113,0.6471309231081463,0.6471309231081463,0.6065796250130139,0.6049999786006333,0.6178723225563317,0.6347541106102834,0.5453520957151006,0.5402790879870254,0.6295935186677227,0.6129815228808522,0.6295935186677227,0.6812903099911024,0.6812903099911024,0.6618803510546996,0.6313043338175873,0.648938565198497,0.6544225416837575,0.6753488371288531,0.6733912894054264,0.6637714522390958,0.6753488371288531,0.6695100984551369,0.6525842621409578,0.719256997886031,0.6853097525610949,0.648938565198497,0.6507562811610716,0.5220674011767208,0.6228418430429405,0.6146031794821505,0.6049999786006333,0.6003100661614853,0.6507562811610716,0.6792982179737046,0.6753488371288531,0.706139812823781,0.6675862042202194,0.6049999786006333,0.648938565198497,0.7039999789794292,0.5479245308605803,0.7104587438193306,0.6773177992118853,0.6562712070660947,0.6832941202861113,0.6507562811610716,0.6618803510546996,0.6562712070660947,0.6525842621409578,0.5220674011767208,0.6113684013790129,0.6129815228808522,0.5680195595995398,0.563883503415586,0.6034285838214721,0.6065796250130139,0.5680195595995398,0.6581302922926265],"unit":"TFLOPS","value":0.6535034019123576},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":8.58306884765625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.509228662917154e-08,"lse_tol_ratio":0.016983942437267446,"o_max_abs":0.015251636505126953,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017759400837467736,"o_tol_ratio":0.4283798319692292,"sampled_lse_max_abs":8.58306884765625e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1186994144861314e-07,"sampled_lse_tol_ratio":0.016983942437267446,"sampled_o_max_abs":0.015500068664550781,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019145749565161164,"sampled_o_tol_ratio":0.4303920801592778},"name":"d128_mha_square_c","samples":[82.36808456457149,73.5632193263353,56.83836795720879,80.20049896480815,80.00000202097003,86.25336882923293,81.94622176954566,91.16809243177681,86.25336882923293,90.26798493825432,90.39548306695517,94.25626062630587,87.55130219348132,86.95651980958503,90.39548306695517,90.39548306695517,89.38547730006847,87.55130219348132,83.87942452808309,85.90603719492837,85.33333259158665,83.44197962018553,88.76560104744723,87.07482889925592,80.30112770775169,89.63585139959665,89.63585139959665,89.38547730006847,90.39548306695517,86.83853177822266,88.15427016741116,84.99336314957105,89.38547730006847,86.83853177822266,86.13727996748518,90.26798493825432,91.8220933208255,90.7801401554582,92.08633157445693,92.21902182577642,91.42857468858068,93.43066003886742,94.25626062630587,91.8220933208255,93.8416404946422,90.7801401554582,91.16809243177681,83.44197962018553,82.58064278950931,82.47422981555522,87.79149264128233,84.88063899476447,88.64265606997044,90.01406462261993,89.76156883570069,89.01251697664067,92.35209502447115,93.8416404946422,92.08633157445693,88.03301165202068,90.90909019905365,78.81773273250413,83.87942452808309,84.99336314957105,90.90909019905365,90.90909019905365,89.13649078624606,90.90909019905365,82.47422981555522,91.8220933208255,91.03840710189769,88.52005831844261,92.75362113022403,90.7801401554582,90.26798493825432,92.75362113022403,87.67122941161226,87.43169567634757,86.25336882923293,86.02150317493835,87.55130219348132,86.72087033990672,86.60352049835211,91.8220933208255,90.65155541220751,91.55936717166323,86.02150317493835,89.38547730006847,90.14084596195006,89.76156883570069,90.14084596195006,89.88763941335507,92.08633157445693,88.64265606997044,85.44726314230289,86.60352049835211,83.98950335389189,87.07482889925592,87.31241550963388,84.6560853281199],"unit":"TFLOPS","value":88.88905901204396},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":1.33514404296875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.6669551169428736e-07,"lse_tol_ratio":0.024531160461264315,"o_max_abs":0.0153350830078125,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019995332128750543,"o_tol_ratio":0.3918279795182774,"sampled_lse_max_abs":1.71661376953125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.9441667210726858e-07,"sampled_lse_tol_ratio":0.02979151697808622,"sampled_o_max_abs":0.015208721160888672,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020400163679037335,"sampled_o_tol_ratio":0.3914436359222409},"name":"d128_mha_long_nc","samples":[170.15917620494574,171.6439797974483,165.15869177569903,175.62856673770784,179.3108524748039,179.1475444408362,169.71872631237113,178.01266451009673,179.1475444408362,179.96705371845405,178.65940027655967,174.53771587809675,172.2451892268695,174.53771587809675,171.94405897542993,163.23983691660035,181.62881204931583,180.62809474568897,179.3108524748039,181.29400984527794,182.3021399580633,179.6383633881312,181.12707118076204,181.62881204931583,169.42635763075543,170.60190091014647,178.01266451009673,168.55526435502304,171.49433264280216,176.25806460202995,174.53771587809675,177.53067711526714,179.3108524748039,183.49253497452526,182.64065975000085,177.85171151408204,175.78551928512545,177.37061275976734,175.47189421479922,175.1593862502386,175.62856673770784,176.89209126257634,178.33544604638246,178.01266451009673,179.4744585184119,179.1475444408362,181.96485312389572,180.13185996013178,178.49727617567515,173.1549241921861,169.57241594961866,178.33544604638246,176.89209126257634,181.12707118076204,178.33544604638246,178.65940027655967,178.17390908983973,170.60190091014647,179.6383633881312,183.1508330616002,178.01266451009673,184.00748520956589,177.85171151408204,178.01266451009673,175.1593862502386,173.00263198801815,174.6927239164812,179.1475444408362,177.69104931158984,181.46125651705844,183.6638645087369,179.96705371845405,181.29400984527794,184.8721886611874,180.96043967343823,176.10026746183104,175.1593862502386,168.12308482953742,174.8480075268219,177.53067711526714,178.8218191507828,177.21081819153804,183.49253497452526,178.49727617567515,175.00356744463676,173.46031438550142,174.6927239164812,171.3449461994675,173.6134137970514,175.00356744463676,174.53771587809675,177.69104931158984,180.46237964068763,173.76678370431986,182.47125270179865,175.00356744463676,180.79411447635928,180.13185996013178,178.01266451009673,178.65940027655967],"unit":"TFLOPS","value":178.01266451009673}],"correct":true,"diagnostics":{"bf16_dense_peak_tflops":"1070.530560","checks":"every call on fresh inputs in one of two buffer sets, outputs NaN-poisoned: poison scan, inputs re-derived and compared, guard regions around every buffer, 512 sampled rows vs fp32 reference; the candidate''s first call and 2 random timed calls checked in full","compute_capability":"9.0","cuda_driver_api":"13.0","cuda_runtime":"13.0","cudnn":"9.19.0","device":"NVIDIA H100 80GB HBM3","harness":"avo-attention-harness contract 2","l2_mib":"50","sm_clock_mhz":"1980","sm_count":"132","suite":"smoke","timing":"median over timed calls; CUDA events around each launch on an idle GPU after an L2 flush; event sum cross-checked against wall time; figures above the BF16 peak refused","tolerance":"o: |x-ref| <= 0.0001 + 0.01*(|ref|+sigma) and rel_l2 <= 0.01; lse: |x-ref| <= 0.0002 + 2e-05*|ref|"},"eval_s":1.735144371,"outcome":"scored","reason":"","scalar":3.988394470655047,"schema":"avo.score.v1","suite":"smoke","unit":"TFLOPS"}}');
INSERT INTO "events" VALUES(23,'2026-12-06T20:28:48Z',10,'step_eval','advisory evaluation 2 of step 10: 492.9 TFLOPS','{"advisory":true,"evaluation":{"build_s":1.569896518,"configs":[{"baselines":{"cudnn":488.94305088282374,"cudnn_nolse":498.1476996612309},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":4.1961669921875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.461867143637252e-07,"lse_tol_ratio":0.06465550050498885,"o_max_abs":0.01654195785522461,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0020136171971431097,"o_tol_ratio":0.4597903437347316,"sampled_lse_max_abs":2.09808349609375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.8700089713370313e-07,"sampled_lse_tol_ratio":0.03914413275355416,"sampled_o_max_abs":0.015086650848388672,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020665583030682554,"sampled_o_tol_ratio":0.38801594175847115},"name":"mha64_s4096_nc","samples":[478.8146452530361,480.32066799816363,482.4180054200808,483.0690694837615,482.4721600706587,483.7423922005376,484.0694939384209,485.32073375423863,483.57221229504063,485.25220242659327,483.8241515638685,484.43123180986436,483.52455295860085,484.66353930491533,485.3138899648826,485.14944171691775,484.5473831690471,486.11725757097355,486.3374397575854,486.09660809928636,486.13785755121296,486.1034739820369,486.3305159775395,486.3098996666977,486.13785755121296,486.1241240370685,486.13785755121296,485.97285052255,483.40210141479037,486.13785755121296,485.3276288118375,485.2179440201537,484.93033367175497,485.04672452081155,484.8892888767307,485.5539464764976,485.19053056833627,485.7804753122435,485.86978439876606,485.533344833149,484.89612069597933,485.1083598242118,485.49904671976725,486.20663928395277,485.75985444196516,486.2754917576795,486.00035245090027,486.3305159775395,485.94535170659753,486.5647004112963,480.2938051031867,483.61983031122594,484.24007494129427,484.45174002997123,484.2332615957862,484.0831624190048,484.5336884609658,484.6157155464512,481.72133912058644,483.2117557149431,484.2468884785378,483.91954703509185,485.279622848018,484.47907005909724,485.29330868685634,484.95771772817676,485.25220242659327,485.1014709954775,484.63623938996705,484.94399981612395,485.6362682553685,486.0209937453089,485.73928648418337,485.993489480864,486.055365646909,485.89727466269227,485.93849028982936,485.7118140936148,486.1447245992789,485.98657549063415,485.95221331713395,485.8010979333389,485.86978439876606,485.924716836582,486.3856039494192,486.2204287241504,486.3167715760961,485.9591263296701,486.3856039494192,486.13099069714553,486.47513569670866,486.1516430901561,486.24795868207156,486.2616991941221,486.13785755121296,485.8010979333389,485.924716836582,486.32364367970723,486.16537815925045,485.8010979333389],"unit":"TFLOPS","value":485.67404117449166},{"baselines":{"cudnn":500.1836256382725,"cudnn_nolse":507.4937479503044},"correct":true,"errors":{"calls_checked":62.0,"calls_checked_in_full":3.0,"lse_max_abs":7.82012939453125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":4.416097115532638e-07,"lse_tol_ratio":0.11923439883324778,"o_max_abs":0.015676021575927734,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0015633310300968263,"o_tol_ratio":0.44991526638649293,"sampled_lse_max_abs":4.76837158203125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":5.065008625656916e-07,"sampled_lse_tol_ratio":0.07003022971582733,"sampled_o_max_abs":0.01445627212524414,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002079002449677844,"sampled_o_tol_ratio":0.386093862479246},"name":"mha64_s8192_nc","samples":[512.2584982636662,512.4532869501962,512.5106360896052,511.78540686684636,511.77399116978705,511.52257745373834,514.305745742513,517.0220839546976,516.9210144747052,516.9987834709872,517.0610387072536,517.127136089879,516.8665553393516,516.9793100510208,517.2556104718627,517.1660486785281,517.2205709471364,517.0765758709485,517.1038261367121,517.0726914924861,517.1427352172711,517.1933083759044,517.3724238357754,517.1388498447456,517.1699924569442,516.9715442748552,517.2283442067533,517.3607575372027,517.0454445079956,517.2478363926783,517.2244575477391,517.2789921332109,517.4074839390122,517.4815088673428,517.3218156435876,517.4503287275833,517.0104334503175,517.2089114957829,517.4776184026524,517.3101516272193,517.3646462449343,517.3841487057209,517.0921139684239,517.0299092150922,517.2945423984255,517.1894222434167,517.3140395742332,517.2867671489532,517.2244575477391,517.4971293816753,517.1115958876051,515.5984192486696,511.0964939216591,511.99512599272566,512.594718206253,515.1500988902393,514.8992097040085,515.1500988902393,514.5984306164719],"unit":"TFLOPS","value":517.1115958876051},{"baselines":{"cudnn":505.39712055827613,"cudnn_nolse":512.0724288974972},"correct":true,"errors":{"calls_checked":34.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001659393310546875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.161462247710859e-07,"lse_tol_ratio":0.2534474386718375,"o_max_abs":0.015891551971435547,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017654065582256796,"o_tol_ratio":0.4406252950490815,"sampled_lse_max_abs":0.0001239776611328125,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.544177378678752e-07,"sampled_lse_tol_ratio":0.18860353013579745,"sampled_o_max_abs":0.014394760131835938,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021130399285839365,"sampled_o_tol_ratio":0.3897690704839816},"name":"mha64_s16384_nc","samples":[529.4278997911864,529.2138617601332,529.2607494102665,529.3911917895373,529.6625501045717,529.7135938595201,527.2627845837836,528.5686651858464,528.9836740792956,528.8574958185519,525.2798477025971,525.3300501874022,529.7564319678297,529.562559631792,529.891259005707,529.7564319678297,529.813641381514,529.8790213055729,529.6992957491595,529.8054852418549,529.7625783443066,529.7829658616397,524.982898010392,525.121345042946,525.045118407601,529.7095172983283,529.6890745944637,529.7585010291349,529.7462086080187,529.5502763020668,529.8401810066694],"unit":"TFLOPS","value":529.6625501045717},{"baselines":{"cudnn":507.25773531920004,"cudnn_nolse":514.1422168739082},"correct":true,"errors":{"calls_checked":19.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000316619873046875,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.5222471436955975e-06,"lse_tol_ratio":0.486934025515461,"o_max_abs":0.016066551208496094,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.002069264002325309,"o_tol_ratio":0.42478295906581237,"sampled_lse_max_abs":0.0001239776611328125,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.619749138586039e-06,"sampled_lse_tol_ratio":0.2162338785630538,"sampled_o_max_abs":0.008302927017211914,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021327950548937057,"sampled_o_tol_ratio":0.3954451948931292},"name":"mha64_s32768_nc","samples":[537.0943544567235,537.0880367754947,537.1940809141806,537.4881578387342,537.5775027413875,537.6090875676298,537.4082988654329,537.4356674640246,537.5512475461933,537.4251455676872,537.456649856296,516.4509006676341,525.8295455628786,531.758966540189,532.5811269624257,535.950778707149],"unit":"TFLOPS","value":537.3011898898068},{"baselines":{"cudnn":448.1334746633146,"cudnn_nolse":448.8007745757918},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":2.86102294921875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.7878662340343177e-07,"lse_tol_ratio":0.0439954432452916,"o_max_abs":0.0155487060546875,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001998352577294456,"o_tol_ratio":0.511811012722345,"sampled_lse_max_abs":1.71661376953125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.2238738206008569e-07,"sampled_lse_tol_ratio":0.03151763023350743,"sampled_o_max_abs":0.015349864959716797,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002010486754007778,"sampled_o_tol_ratio":0.41581964293935675},"name":"mha64_s4096_c","samples":[399.47610827539114,398.5401323125265,399.3553780410933,399.28114270990335,398.96587255004806,398.89174744103195,398.49391693112074,399.9038516456347,398.6233608006917,399.5225517703587,399.4296755770483,402.1693173476181,401.8776964589731,401.5207649149512,401.69913390378036,402.6028508551168,402.6594813797376,402.6028508551168,403.02788041906115,400.295191662824,401.79310362371024,401.79310362371024,402.6406027681233,402.80107464261744,402.8671926218383,401.8494715456816,402.78218275183485,402.66890376993325,400.5191834503957,402.8199683056745,402.48967270765684,401.2581865399329,402.8955606856355,402.2917552164871,402.3011604044665,402.5839775532269,401.2394390954921,401.32379893173663,401.86827604090166,401.2581865399329,402.1693173476181,403.38746240529656,403.90907769747986,403.38746240529656,403.3117206174262,402.61230574422376,402.7916460659231,403.50118139990036,402.8860924881691,403.53906666989155,403.30223285025784,398.5586283557117,399.5318279199572,400.0155800219545,399.47610827539114,400.34182581908226,399.5225517703587,400.32316390264475,400.8181713387837,399.9410990636551,399.6619470726788,400.2206065531811,400.21126366175264,400.267223331803,400.58455436645505,400.2392241727787,400.61256706307785,400.453833866459,400.0435131960794,399.3925233537458,399.745644814242,402.7444394582795,402.8671926218383,402.41426765890714,402.34826314769333,402.7160926707744,402.7255528795255,402.21638922086004,403.1035156242868,403.349605594608,402.48967270765684,402.06577696675714,402.1599183231361,402.41426765890714,402.8955606856355,402.8860924881691,402.848329718987,403.49168471674597,402.9617096899568,403.4443138890951,403.29278079749565,403.2265230621481,403.0940728836524,403.2454566591259,403.7477219511612,402.8671926218383,403.30223285025784,403.349605594608,403.58649507186533,403.18866120163017],"unit":"TFLOPS","value":402.2964578104768},{"baselines":{"cudnn":473.76078468774165,"cudnn_nolse":475.0872814356882},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":6.29425048828125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.990935019594455e-07,"lse_tol_ratio":0.09623194768854652,"o_max_abs":0.015669822692871094,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018143217807824992,"o_tol_ratio":0.4102264391268097,"sampled_lse_max_abs":4.57763671875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":3.8768703102542854e-07,"sampled_lse_tol_ratio":0.07037241964129418,"sampled_o_max_abs":0.014106273651123047,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020425005469718763,"sampled_o_tol_ratio":0.39929223638189326},"name":"mha64_s8192_c","samples":[464.72270817028345,464.6347304685612,464.5216585305095,464.2266951973513,465.16309690478926,465.1127580308403,465.0560987836914,465.32061112373475,465.03091611654474,464.9805589631748,463.9508688078928,465.2009168700769,465.5097126682263,465.1379026487824,465.2576114121568,465.4592987504805,465.52865007359804,465.2639012277355,465.4592987504805,465.72427008023664,465.5664825064394,465.74952789934554,465.40884878222386,465.89477824165556,465.1253299999826,465.5097126682263,465.86950466652684,465.4908237888655,465.7873962426203,465.3709950018041,465.18200611872874,465.6232661927313,465.16943108562,465.8821175791339,465.25127482962375,464.9553844760656,465.88842429155164,465.32061112373475,465.1505228939726,464.9679948188016,465.3584097490736,465.0686676899871,465.4844808523051,465.6674617575244,465.5097126682263,465.5349472197018,465.41514268764945,465.77474141554535,465.40884878222386,465.31431977477206,465.4340723992417,465.3331943320523,465.4340723992417,465.2639012277355,465.83792831722656,465.4403669869079,462.79481654860894,461.6568963419997,462.4335425550438,461.78101582592717,462.88209879606205,461.37792900913024,461.6568963419997,462.90704926625824,460.06825659344423,461.7003421267662,461.8058014876314,461.6383188321505,462.9132756874773,460.81488034058935,461.55769497960665,465.4214367633072,465.4718894608039,465.8252707442609,463.65038324915656,464.56564521020937,464.59073070604643,464.4902646231116,465.5917232132648,464.50280296240294,464.6912870827269,464.1514245575152,464.67241774147664,465.692713415023,465.1001398347761,465.4908237888655,465.4214367633072,465.32690264282587,465.7684377805721,465.244985355426,465.68636497527336,465.4718894608039,465.61696665709064,465.6043680971637,465.03091611654474,465.20720515283205,465.5980220658601,465.20720515283205,465.07495239790984,465.57912601934527],"unit":"TFLOPS","value":465.26075631994615},{"baselines":{"cudnn":487.68521806375156,"cudnn_nolse":488.98653223133954},"correct":true,"errors":{"calls_checked":60.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000141143798828125,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":5.307251468143245e-07,"lse_tol_ratio":0.21586509248506516,"o_max_abs":0.015741348266601563,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019436346980429857,"o_tol_ratio":0.4037803616604896,"sampled_lse_max_abs":6.103515625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":7.255865165846202e-07,"sampled_lse_tol_ratio":0.10964707894699331,"sampled_o_max_abs":0.014882564544677734,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020603489793972925,"sampled_o_tol_ratio":0.38986480080119684},"name":"mha64_s16384_c","samples":[496.0764072530392,495.8329796137043,495.9438898313813,495.41830605329034,496.50287434956203,495.95109004581275,495.8329796137043,496.04055014205534,495.67917382620595,496.5100908041608,496.2662374612024,496.6213041813782,496.1480302730493,496.42756846391575,496.20531154738126,496.6392740934788,496.6823322985139,496.1480302730493,496.7828661612667,496.969702874149,496.9086041216039,497.09912547146655,496.99841001705204,497.293332184627,497.20701127162533,497.47695759263746,497.3077576694766,497.2681834336515,497.1494449137608,497.1530357212808,496.90501684413533,497.1530357212808,497.2861465676442,496.82236318543295,497.10989586901655,497.17822642634627,497.203419684363,497.1494449137608,496.6213041813782,497.30057163561,496.93377006147205,497.1422634543313,496.8690933846068,497.01999611662006,496.4562664514694,496.8942017837462,497.01999611662006,497.1494449137608,497.07394278123263,497.15662658067254,496.97329108565,497.00205220508354,497.250167981873,497.1422634543313,497.48774436918563,496.9086041216039,497.4121394543699],"unit":"TFLOPS","value":496.969702874149},{"baselines":{"cudnn":496.18921565147997,"cudnn_nolse":496.99482144281944},"correct":true,"errors":{"calls_checked":33.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0003204345703125,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.682599688153964e-07,"lse_tol_ratio":0.4834408835826008,"o_max_abs":0.016060829162597656,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0015376558928213437,"o_tol_ratio":0.516967575268313,"sampled_lse_max_abs":0.0001926422119140625,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1520011481197949e-06,"sampled_lse_tol_ratio":0.2985067568925505,"sampled_o_max_abs":0.012669563293457031,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002094752474853641,"sampled_o_tol_ratio":0.39052278934878204},"name":"mha64_s32768_c","samples":[522.6590763091579,522.6849039781487,524.0201557449607,524.3399817272799,524.7504043911113,523.2461006238748,523.1444823815117,523.960202039197,523.6887067820815,523.632812396839,523.5290826386967,524.270001338888,523.9641905886339,524.2180348086955,524.1080570765927,524.2760210638012,524.0780982292168,524.4180312956722,524.4860827636006,524.3820147040938,524.1779942356258,523.048954503142,523.2480597745396,523.9442484486682,523.888299504043,523.4952084698696,523.9921716724531,524.3640082634329,524.3860096780808,524.2840078428983],"unit":"TFLOPS","value":524.0061637087069}],"correct":true,"diagnostics":{"bf16_dense_peak_tflops":"1070.530560","checks":"every call on fresh inputs in one of two buffer sets, outputs NaN-poisoned: poison scan, inputs re-derived and compared, guard regions around every buffer, 512 sampled rows vs fp32 reference; the candidate''s first call and 2 random timed calls checked in full","compute_capability":"9.0","cuda_driver_api":"13.0","cuda_runtime":"13.0","cudnn":"9.19.0","device":"NVIDIA H100 80GB HBM3","harness":"avo-attention-harness contract 2","l2_mib":"50","sm_clock_mhz":"1980","sm_count":"132","suite":"mha64","timing":"median over timed calls; CUDA events around each launch on an idle GPU after an L2 flush; event sum cross-checked against wall time; figures above the BF16 peak refused","tolerance":"o: |x-ref| <= 0.0001 + 0.01*(|ref|+sigma) and rel_l2 <= 0.01; lse: |x-ref| <= 0.0002 + 2e-05*|ref|"},"eval_s":37.623556031,"outcome":"scored","reason":"","scalar":492.8978197985638,"schema":"avo.score.v1","suite":"mha64","unit":"TFLOPS"}}');
INSERT INTO "events" VALUES(24,'2026-12-06T20:28:51Z',10,'step_eval','advisory evaluation 3 of step 10: 4.048 TFLOPS','{"advisory":true,"evaluation":{"build_s":1.660323712,"configs":[{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":5.7220458984375e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.50643536256667e-08,"lse_tol_ratio":0.010697649341324333,"o_max_abs":0.010160207748413086,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0016310246728841941,"o_tol_ratio":0.37956552228722257,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.424468970790183e-08,"sampled_lse_tol_ratio":0.010338132754030319,"sampled_o_max_abs":0.015346527099609375,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.001933081091005687,"sampled_o_tol_ratio":0.41973250969712644},"name":"d64_mha_ragged_nc","samples":[7.477895068930802,8.524799595093747,9.011416628031578,9.206047437719732,8.440395979208638,9.186206667659993,9.306550320381273,9.286274457347556,7.451748383122587,9.011416628031578,8.880000224327674,8.390550744116341,9.472000162707438,9.472000162707438,9.166451808609903,9.245987211092435,9.55695086730155,9.030508201561728,7.311149034160368,9.0496814007904,9.146781161288008,9.535570501149289,9.535570501149289,9.347368239575271,9.535570501149289,8.89853844818034,9.245987211092435,9.245987211092435,9.166451808609903,9.347368239575271,8.440395979208638,9.030508201561728,9.388546387356424,9.599999896416795,9.206047437719732,8.99240505579973,9.367912062409562,9.535570501149289,9.186206667659993,8.325000021018603,8.843153470037802,8.86153854465134,8.86153854465134,8.954622102327676,9.206047437719732,9.409271813772175,8.134351553837101,8.02711823640241,9.186206667659993,9.068936188722315,9.367912062409562,9.225974099213648,9.127194757207572,9.166451808609903,8.806611766243751,8.935849166484173,8.806611766243751,8.088045594368324,9.068936188722315,8.954622102327676,8.917154779087205,7.792322122900703,8.843153470037802,8.374067194730433,8.734426398067123,8.734426398067123,8.5590359981511,8.806611766243751,9.127194757207572,9.409271813772175,9.286274457347556,8.86153854465134,9.245987211092435,9.286274457347556,9.030508201561728,9.146781161288008,9.088273087250814,8.99240505579973,9.206047437719732,8.954622102327676,8.917154779087205,9.306550320381273,8.806611766243751,8.954622102327676,8.973473532901249,9.166451808609903,9.306550320381273,8.788453665457238,8.61090934008169,9.186206667659993,9.26608675090938,9.225974099213648,9.388546387356424,9.0496814007904,9.347368239575271,9.26608675090938,9.49309547746344,9.245987211092435,9.146781161288008,7.922676255049254],"unit":"TFLOPS","value":9.107733922229194},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.814697265625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":7.640427879981352e-08,"lse_tol_ratio":0.0087037974145892,"o_max_abs":0.015369892120361328,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001802544949898131,"o_tol_ratio":0.3861866767176665,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":8.909927843065238e-08,"sampled_lse_tol_ratio":0.010706199474768129,"sampled_o_max_abs":0.01583576202392578,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.001847933090887605,"sampled_o_tol_ratio":0.40526855775362275},"name":"d64_gqa_square_c","samples":[4.348905309908605,4.3134040304752155,4.545307623925491,4.177011765020568,4.339975251763189,4.32222496481216,4.440269033308113,4.357872193316705,4.449616767076536,3.8781062999472193,4.555103334776839,4.468431357844278,4.339975251763189,4.269834466989907,4.403266777902542,4.244112377191306,4.384995822391342,4.348905309908605,4.168773020611081,4.525841490381405,4.574822547139356,4.375917087164405,4.42169036038987,4.42169036038987,4.624875401402144,4.394112307324898,4.574822547139356,4.487405456762802,4.42169036038987,4.43096022220055,4.403266777902542,4.5649416457503795,3.349553230953204,4.516170815536385,4.760288236925171,4.487405456762802,4.525841490381405,4.05675232891959,4.331082050795311,4.403266777902542,4.295869734985797,4.412459203932907,4.366876130244997,4.339975251763189,4.339975251763189,4.252651903722949,4.193587334877743,4.261225864091976,4.403266777902542,4.252651903722949,4.177011765020568,4.348905309908605,4.403266777902542,4.403266777902542,4.278477922798081,4.440269033308113,4.366876130244997,4.244112377191306,4.403266777902542,4.185283138369004,4.295869734985797,4.375917087164405,4.331082050795311,4.287155937427655,3.9878640053270455,3.8568760405669718,4.185283138369004,4.201924550312656,4.412459203932907,4.348905309908605,4.080247213054036,4.384995822391342,4.468431357844278,3.899571996647208,4.449616767076536,4.459004215694567,4.278477922798081,4.152393124209838,4.366876130244997,4.440269033308113,4.394112307324898,4.366876130244997,4.278477922798081,4.3134040304752155,4.375917087164405,4.366876130244997,4.594712941522625,4.348905309908605,4.545307623925491,4.468431357844278,4.5649416457503795,4.525841490381405,4.3134040304752155,4.440269033308113,4.468431357844278,4.331082050795311,4.487405456762802,4.394112307324898,4.304619026896978,4.1361409722921865],"unit":"TFLOPS","value":4.366876130244997},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":9.5367431640625e-07,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.1023736647923474e-07,"lse_tol_ratio":0.0030254373935348577,"o_max_abs":0.006605386734008789,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018445153135229504,"o_tol_ratio":0.3288616877371198,"sampled_lse_max_abs":1.9073486328125e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.6542739938196629e-07,"sampled_lse_tol_ratio":0.004717394571656327,"sampled_o_max_abs":0.011656522750854492,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019502616929229807,"sampled_o_tol_ratio":0.40985084507363834},"name":"d64_decode_row_c","samples":[0.0024802431442157596,0.0025341614344507636,0.0026579803751349013,0.0026322580383406347,0.0025822785581379884,0.0025341614344507636,0.0025987260779296757,0.00255000006441842,0.0026930692359253446,0.0024727271988946894,0.0024652568842465005,0.0028432055494299144,0.002542056078483511,0.0026322580383406347,0.00255000006441842,0.0025263159016658114,0.002747474826978017,0.0026322580383406347,0.0025660376891200273,0.0026493507538306264,0.0024652568842465005,0.0025263159016658114,0.0026493507538306264,0.00255000006441842,0.0026237941219704997,0.002457831355072434,0.002557993622911994,0.002756756636660029,0.0025341614344507636,0.0026322580383406347,0.0020049139354918985,0.002557993622911994,0.002701986751617214,0.002701986751617214,0.0026153847058514933,0.0025822785581379884,0.0027849830297136213,0.0020148148204673084,0.0024878049188214297,0.0026070287804609714,0.002557993622911994,0.0025341614344507636,0.002344827576806555,0.0025822785581379884,0.0025660376891200273,0.00255000006441842,0.0026493507538306264,0.0025660376891200273,0.0025263159016658114,0.0026579803751349013,0.00249541294316707,0.002710963520357646,0.0026153847058514933,0.0026070287804609714,0.0026579803751349013,0.0024878049188214297,0.0026493507538306264,0.002542056078483511,0.0025107692239340943,0.002729096929408515,0.0022985915720297265,0.0025741325069211568,0.002590476091369393,0.00255000006441842,0.0025741325069211568,0.0024878049188214297,0.002557993622911994,0.0027199998708069386,0.00255000006441842,0.0025822785581379884,0.00255000006441842,0.002435820970282469,0.002701986751617214,0.002675409887696236,0.00249541294316707,0.0025107692239340943,0.002710963520357646,0.0024142010937088197,0.0025660376891200273,0.0024727271988946894,0.0026579803751349013,0.0025822785581379884,0.0026930692359253446,0.0025107692239340943,0.0024652568842465005,0.0025822785581379884,0.002738255042559762,0.0025341614344507636,0.0025741325069211568,0.0026579803751349013,0.0025987260779296757,0.002092307686611745,0.002729096929408515,0.0025741325069211568,0.0023247863570103086,0.0026666666516031836,0.00249541294316707,0.002557993622911994,0.0026579803751349013,0.0022541436988226214],"unit":"TFLOPS","value":0.0025660376891200273},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":8.58306884765625e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.970518207038906e-08,"lse_tol_ratio":0.01765429015924366,"o_max_abs":0.013530254364013672,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018160644769476823,"o_tol_ratio":0.3700217591715266,"sampled_lse_max_abs":8.58306884765625e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1733137029361074e-07,"sampled_lse_tol_ratio":0.01765429015924366,"sampled_o_max_abs":0.015223026275634766,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0018929288111572157,"sampled_o_tol_ratio":0.4306220419681509},"name":"d128_mha_sq_lt_sk_c","samples":[5.115254082641385,5.283151130763399,5.093670881832505,4.9374233310887,5.126114577249518,5.030000127068491,5.283151130763399,5.158974216600103,4.978144362302918,4.555471531770739,5.030000127068491,5.14797450775581,5.260130689240789,5.13702128708032,5.115254082641385,5.019542666621199,4.957700082446859,4.998757653053859,5.170021354589425,4.998757653053859,5.126114577249518,4.978144362302918,5.158974216600103,5.260130689240789,5.192258175372501,5.14797450775581,5.082947282713207,4.8579476772683385,4.967901189005197,5.104439824211581,5.248695535706553,5.248695535706553,5.093670881832505,4.887449609761166,5.104439824211581,5.082947282713207,4.988429863086269,5.051046006622594,5.082947282713207,4.8481926881418955,5.082947282713207,5.061635282366598,5.318061748694011,4.947541079085319,4.780990064799488,4.9374233310887,5.093670881832505,4.978144362302918,4.897362798511962,5.009128598456096,5.030000127068491,5.260130689240789,5.019542666621199,4.957700082446859,5.115254082641385,5.260130689240789,5.225974067459983,5.2034481462083075,5.2947367393089655,5.051046006622594,5.158974216600103,5.248695535706553,4.957700082446859,5.115254082641385,4.967901189005197,4.967901189005197,5.318061748694011,5.14797450775581,5.3772826859956195,5.2034481462083075,5.2034481462083075,4.978144362302918,5.13702128708032,5.237310323400333,5.413453025059325,4.454612592878497,5.271615778324077,5.14797450775581,5.158974216600103,5.061635282366598,5.082947282713207,5.104439824211581,5.2034481462083075,5.115254082641385,5.237310323400333,5.248695535706553,5.170021354589425,5.13702128708032,5.365333425497569,5.115254082641385,5.2947367393089655,4.957700082446859,4.998757653053859,5.030000127068491,5.14797450775581,5.2034481462083075,5.248695535706553,5.158974216600103,5.306373611927939,4.967901189005197],"unit":"TFLOPS","value":5.115254082641385},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":4.76837158203125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.948193807146224e-08,"lse_tol_ratio":0.01063033190872712,"o_max_abs":0.015511512756347656,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018572503504752443,"o_tol_ratio":0.39779048110552917,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.84477910179551e-08,"sampled_lse_tol_ratio":0.012436580177575294,"sampled_o_max_abs":0.015404701232910156,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0018636333264340492,"sampled_o_tol_ratio":0.42477259446618976},"name":"d128_gqa_sq_gt_sk_nc","samples":[13.851776564812626,13.442364317528579,14.212499497291738,13.60997514686706,13.993846115750321,13.993846115750321,13.816708509907999,14.286911056346906,13.747103407684467,13.150843763353787,13.712562684180211,13.54243133371706,13.993846115750321,13.712562684180211,13.712562684180211,13.54243133371706,13.922449434668975,13.851776564812626,14.065979895042943,13.78181858062061,13.54243133371706,13.278832558024032,12.811267207191516,13.576119229935593,13.442364317528579,13.087769692331811,13.442364317528579,13.31121925790464,13.816708509907999,13.056459000898723,13.34376527406357,13.3764708307351,13.442364317528579,11.942232277689833,13.78181858062061,13.409336145025225,13.246602136023167,13.34376527406357,13.056459000898723,13.409336145025225,13.31121925790464,13.3764708307351,12.375509893962196,13.50891118369436,13.747103407684467,12.811267207191516,13.60997514686706,14.029820287749112,13.54243133371706,11.562711514837485,13.246602136023167,13.644000344676439,11.686509503316453,12.692093451265452,12.460274308074473,13.18260840313309,13.442364317528579,13.475555593360763,12.375509893962196,12.721678114435228,13.442364317528579,12.84141159445893,13.78181858062061,13.60997514686706,13.214527794735604,13.442364317528579,13.02529866971158,10.981086499113522,12.128000208331482,13.087769692331811,12.517431132874393,12.721678114435228,12.460274308074473,12.546207056106484,12.633333312035221,12.692093451265452,13.087769692331811,12.291891759263395,12.781264883658068,13.087769692331811,13.644000344676439,13.18260840313309,14.286911056346906,13.442364317528579,13.993846115750321,14.138860114338605,14.065979895042943,14.175584706715162,13.958055956258566,13.056459000898723,12.021145543270556,13.18260840313309,13.02529866971158,11.346361852779923,12.236771549686782,12.662645213915305,12.781264883658068,12.811267207191516,12.932701057268806,13.278832558024032],"unit":"TFLOPS","value":13.360118052399335},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":2.86102294921875e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.663827482151215e-08,"lse_tol_ratio":0.007776419035761365,"o_max_abs":0.012316226959228516,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017335809713737741,"o_tol_ratio":0.4119793190854135,"sampled_lse_max_abs":5.7220458984375e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1887698212298679e-07,"sampled_lse_tol_ratio":0.012572827579888687,"sampled_o_max_abs":0.015439510345458984,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.001801250783175439,"sampled_o_tol_ratio":0.44868486222221604},"name":"d128_gqa_sq_gt_sk_c","samples":[0.640000001415405,0.6507562811610716,0.6599999948451295,0.5779104403947957,0.5956923060706381,0.6618803510546996,0.6656733352508303,0.7148307672847658,0.6832941202861113,0.5987629084609309,0.6853097525610949,0.6675862042202194,0.6507562811610716,0.6675862042202194,0.6955688389352913,0.7305660244318195,0.6714451135511023,0.6893768444793023,0.7328706666763765,0.6934925585980675,0.6733912894054264,0.6832941202861113,0.6618803510546996,0.6544225416837575,0.7148307672847658,0.7170370519304652,0.6753488371288531,0.7237383188153054,0.6873372525618052,0.35093656822803126,0.6228418430429405,0.6081675418884699,0.6599999948451295,0.6453333235501693,0.6955688389352913,0.7018731364560625,0.6893768444793023,0.6753488371288531,0.5268027078872211,0.6034285838214721,0.6364931255283051,0.6295935186677227,0.6832941202861113,0.586666683642953,0.6656733352508303,0.6792982179737046,0.6914285769174193,0.7126380182304032,0.5896446664352957,0.6544225416837575,0.6753488371288531,0.6618803510546996,0.5352995553855808,0.6832941202861113,0.6812903099911024,0.6675862042202194,0.6453333235501693,0.6330245222097722,0.5479245308605803,0.6453333235501693,0.6753488371288531,0.6955688389352913,0.6581302922926265,0.5896446664352957,0.6278919015801067,0.6934925585980675,0.7148307672847658,0.648938565198497,0.6471309231081463,0.6792982179737046,0.6581302922926265,0.6544225416837575,0.6637714522390958,0.6245161130500524,0.6097637943492551,0.6562712070660947,0.6245161130500524,0.6581302922926265,0.6178723225563317,0.6382417462980576,0.6773177992118853,0.6507562811610716,0.640000001415405,0.6261994577002311,0.6049999786006333,0.6347541106102834,0.6853097525610949,0.6618803510546996,0.6853097525610949,0.6637714522390958,0.6382417462980576,0.6313043338175873,0.6313043338175873,0.6417679707236169,0.6313043338175873,0.648938565198497,0.619519994614919,0.6618803510546996,0.648938565198497,0.6211764778212282],"unit":"TFLOPS","value":0.6581302922926265},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":7.62939453125e-06,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.527472694534978e-08,"lse_tol_ratio":0.015094639236990136,"o_max_abs":0.015604019165039063,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001799933389515132,"o_tol_ratio":0.4032912919984585,"sampled_lse_max_abs":8.58306884765625e-06,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1788220580127034e-07,"sampled_lse_tol_ratio":0.01741018809386877,"sampled_o_max_abs":0.01573944091796875,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0019276072510882331,"sampled_o_tol_ratio":0.42154785745719253},"name":"d128_mha_square_c","samples":[83.98950335389189,85.10638051740106,86.72087033990672,89.01251697664067,86.02150317493835,86.36977102362926,88.76560104744723,85.90603719492837,85.44726314230289,81.94622176954566,87.19346035947275,86.60352049835211,83.00908000080629,85.79088747147941,85.5614983224832,89.13649078624606,88.76560104744723,81.94622176954566,85.90603719492837,86.48648782095134,84.54425345261008,90.52333441921766,89.51049291030664,89.01251697664067,84.3214737547491,87.91208626695008,87.91208626695008,85.21970545342992,91.42857468858068,91.95402261986492,87.55130219348132,86.02150317493835,84.54425345261008,87.55130219348132,91.69054204556892,89.26081041106949,88.03301165202068,87.07482889925592,90.26798493825432,87.91208626695008,91.55936717166323,88.39779211069103,87.43169567634757,86.72087033990672,87.79149264128233,90.01406462261993,83.22497002577866,89.63585139959665,85.5614983224832,87.91208626695008,91.03840710189769,86.95651980958503,87.67122941161226,84.99336314957105,86.48648782095134,85.5614983224832,84.43271665025513,87.67122941161226,85.5614983224832,89.76156883570069,91.03840710189769,87.79149264128233,90.65155541220751,87.31241550963388,84.21052360592464,85.10638051740106,89.13649078624606,84.09987148237555,84.43271665025513,90.01406462261993,85.79088747147941,86.83853177822266,91.29814776542362,92.08633157445693,92.21902182577642,89.63585139959665,90.52333441921766,89.26081041106949,89.63585139959665,90.26798493825432,88.52005831844261,90.90909019905365,84.76821344926964,87.19346035947275,89.51049291030664,92.75362113022403,90.52333441921766,90.01406462261993,90.52333441921766,89.88763941335507,89.01251697664067,92.48555283073034,93.56724765478023,90.65155541220751,91.42857468858068,89.88763941335507,93.29446270136161,88.52005831844261,88.52005831844261,91.69054204556892],"unit":"TFLOPS","value":87.91208626695008},{"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":1.33514404296875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.6502793480912802e-07,"lse_tol_ratio":0.024945646998853353,"o_max_abs":0.012927055358886719,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019454134866779904,"o_tol_ratio":0.38394978324789014,"sampled_lse_max_abs":1.52587890625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.9292732103688412e-07,"sampled_lse_tol_ratio":0.027008482419030932,"sampled_o_max_abs":0.015567302703857422,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020418048757307504,"sampled_o_tol_ratio":0.3893637269480576},"name":"d128_mha_long_nc","samples":[178.65940027655967,179.80256790341824,178.49727617567515,181.62881204931583,164.19365036892071,174.8480075268219,181.29400984527794,129.2404775005406,181.29400984527794,175.00356744463676,182.64065975000085,180.46237964068763,180.62809474568897,178.49727617567515,175.00356744463676,180.96043967343823,184.8721886611874,167.2653074502706,175.31550096766526,176.89209126257634,183.3215247894942,177.53067711526714,178.98453360300957,178.49727617567515,179.80256790341824,176.10026746183104,176.89209126257634,179.6383633881312,173.46031438550142,177.21081819153804,180.46237964068763,178.65940027655967,179.80256790341824,177.69104931158984,179.6383633881312,178.17390908983973,181.29400984527794,175.78551928512545,177.85171151408204,180.13185996013178,181.29400984527794,180.96043967343823,180.46237964068763,176.25806460202995,180.96043967343823,179.1475444408362,178.17390908983973,172.85060743474125,178.49727617567515,180.46237964068763,175.1593862502386,180.46237964068763,182.47125270179865,176.25806460202995,178.01266451009673,183.1508330616002,178.33544604638246,180.79411447635928,176.4161447885838,174.6927239164812,180.29696832369817,180.46237964068763,178.17390908983973,180.46237964068763,179.6383633881312,181.12707118076204,178.65940027655967,173.92042482480758,174.07433787855513,181.7966772984165,180.46237964068763,173.30748475469784,179.96705371845405,179.96705371845405,176.73315735249253,177.85171151408204,180.62809474568897,178.8218191507828,178.49727617567515,179.4744585184119,173.00263198801815,172.0944923721245,179.6383633881312,180.96043967343823,176.4161447885838,179.3108524748039,177.85171151408204,176.5745087837418,177.37061275976734,177.37061275976734,180.46237964068763,181.12707118076204,179.4744585184119,176.10026746183104,172.0944923721245,178.01266451009673,168.41095224786895,178.49727617567515,178.8218191507828,179.80256790341824],"unit":"TFLOPS","value":178.65940027655967}],"correct":true,"diagnostics":{"bf16_dense_peak_tflops":"1070.530560","checks":"every call on fresh inputs in one of two buffer sets, outputs NaN-poisoned: poison scan, inputs re-derived and compared, guard regions around every buffer, 512 sampled rows vs fp32 reference; the candidate''s first call and 2 random timed calls checked in full","compute_capability":"9.0","cuda_driver_api":"13.0","cuda_runtime":"13.0","cudnn":"9.19.0","device":"NVIDIA H100 80GB HBM3","harness":"avo-attention-harness contract 2","l2_mib":"50","sm_clock_mhz":"1980","sm_count":"132","suite":"smoke","timing":"median over timed calls; CUDA events around each launch on an idle GPU after an L2 flush; event sum cross-checked against wall time; figures above the BF16 peak refused","tolerance":"o: |x-ref| <= 0.0001 + 0.01*(|ref|+sigma) and rel_l2 <= 0.01; lse: |x-ref| <= 0.0002 + 2e-05*|ref|"},"eval_s":1.535468732,"outcome":"scored","reason":"","scalar":4.047981420318901,"schema":"avo.score.v1","suite":"smoke","unit":"TFLOPS"}}');
INSERT INTO "events" VALUES(25,'2026-12-06T20:29:30Z',10,'step_eval','advisory evaluation 4 of step 10: 486.4 TFLOPS','{"advisory":true,"evaluation":{"build_s":1.559015958,"configs":[{"baselines":{"cudnn":489.58746521578564,"cudnn_nolse":498.5162961638535},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":4.1961669921875e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.4593632000881744e-07,"lse_tol_ratio":0.06278817990822765,"o_max_abs":0.01563262939453125,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019285156397171634,"o_tol_ratio":0.4825642517891476,"sampled_lse_max_abs":2.09808349609375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.8943889072832337e-07,"sampled_lse_tol_ratio":0.038002557917625655,"sampled_o_max_abs":0.015309333801269531,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.002088700418594536,"sampled_o_tol_ratio":0.385380730235024},"name":"mha64_s4096_nc","samples":[472.22741227434426,472.5911294413358,473.68569907215044,473.55509841902625,472.81876156392144,474.73940760052596,473.2746357325319,479.5296482139567,479.38917777260207,478.9281185491548,479.074987656371,479.5296482139567,478.9814924641368,478.8146452530361,479.1217738299197,478.78128975843754,476.1604665149143,478.6212381179676,479.5363298381629,478.97482629254245,479.7439019303608,479.7372145205274,477.8690251738053,477.36443132288923,478.1882294878473,478.3813363834178,477.3777237642935,478.36133888756274,478.53457366768157,479.06831888212287,479.0817063853399,478.95477914832344,478.15496120868505,479.06831888212287,478.7345700544621,479.3155857836239,478.3014060371293,478.8012726710124,479.4761022205547,479.34233936311807,479.3155857836239,479.2420661880627,478.60787633675943,478.76791903946173,479.28883519036333,479.5363298381629,478.5612401295096,480.1931335024037,479.9583471893505,479.7372145205274,480.1662848703783,480.0522241637797,480.27364739946586,479.8913218177994,479.3624189646052,479.79081885304583,479.5697906228974,476.9139147378075,478.01529488020174,478.3346946983162,479.0950448649647,479.1151037530801,478.15496120868505,478.83463095008506,478.7345700544621,479.228669721253,478.4812496585077,479.04159588089544,478.7479389107792,478.6612285748851,478.2015678475885,479.39585548280724,479.51628552411955,479.59657258821096,479.71710350844455,479.228669721253,479.38917777260207,478.35468996651053,478.5412275903184,479.77739169004644,479.7840802200528,479.63677608760395,479.228669721253,479.3155857836239,479.69704407941964,479.23539276153446,479.40253337905096,479.91144744022745,479.543061513528,479.382450416857,479.6501454938042,479.72379035760144,479.9047054183898,479.49619303046507,479.04826391117473,479.5765232377392,479.3556923598564,479.28216046126755,479.0015418446916,479.5697906228974],"unit":"TFLOPS","value":479.1184387914999},{"baselines":{"cudnn":500.26373775234504,"cudnn_nolse":507.4619166846823},"correct":true,"errors":{"calls_checked":61.0,"calls_checked_in_full":3.0,"lse_max_abs":8.392333984375e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":4.4142546185591944e-07,"lse_tol_ratio":0.12556785207285126,"o_max_abs":0.015891075134277344,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019432848314106977,"o_tol_ratio":0.3993784100107749,"sampled_lse_max_abs":4.00543212890625e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":5.034328234926643e-07,"sampled_lse_tol_ratio":0.06405213184710426,"sampled_o_max_abs":0.012896060943603516,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020971069529709314,"sampled_o_tol_ratio":0.3834502742665473},"name":"mha64_s8192_nc","samples":[507.98332952511424,508.16362466843844,508.2989440425709,508.2989440425709,508.46443852061043,508.2011999331963,508.25384824915875,508.6450754000076,508.6563519342377,508.54344085121187,508.7957509823988,507.64558580558315,508.46068245619415,509.28216897716965,509.03314078024766,509.0444907169094,508.7881729838021,508.84846641888817,509.2632725206027,509.0407260778598,509.13497118006995,509.2557368248865,509.10861050775765,509.1500918594239,509.0934922920832,508.9766233842328,508.97285974893833,509.0595498299565,509.11990760449595,509.21423825797433,509.2368423297149,508.8899053874153,509.1387372132437,509.11237615096405,509.22554004300093,503.12609844611467,507.908248963727,503.85648185543994,504.51126557012094,503.6238947178998,504.4927214889574,503.4689009195252,504.54830262173874,508.9615130062634,508.9426965036487,506.84808254266324,507.5406077659427,506.9116501688287,508.02087813040305,507.7018638646986,508.15612148087433,508.9426965036487,508.8974302601819,508.72037397545904,508.9803870751885,509.02937630907246,508.8673321042653,509.0557849681651],"unit":"TFLOPS","value":508.82210870064347},{"baselines":{"cudnn":501.4704008655784,"cudnn_nolse":511.9875092329321},"correct":true,"errors":{"calls_checked":33.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001697540283203125,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":8.131911335665807e-07,"lse_tol_ratio":0.26301131764296465,"o_max_abs":0.015891551971435547,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0019463114017276091,"o_tol_ratio":0.46605437405036326,"sampled_lse_max_abs":7.43865966796875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":9.623235865407104e-07,"sampled_lse_tol_ratio":0.1212817867771858,"sampled_o_max_abs":0.012873649597167969,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0021230766669028474,"sampled_o_tol_ratio":0.38684808463945286},"name":"mha64_s16384_nc","samples":[515.762933583216,520.9889135938208,516.3151374074388,520.3636043869896,520.6908564014095,521.2952081917407,521.2536685981479,520.3852713750659,521.5602746710042,521.3287982357932,521.4296533022626,521.3821976362309,521.4197487977967,521.5959046762003,521.5028875639655,521.5345580233566,521.5919521011383,516.2142863218064,516.6275922817605,516.55768802377,517.8461364978358,521.3406441784643,521.3228460001503,521.4118490461243,521.5840471307235,521.3782482993723,521.4336034179278,521.524649533218,521.4692161177285,521.3881512272606],"unit":"TFLOPS","value":521.3594462389183},{"baselines":{"cudnn":505.43799517580595,"cudnn_nolse":512.8309336868892},"correct":true,"errors":{"calls_checked":19.0,"calls_checked_in_full":3.0,"lse_max_abs":0.000331878662109375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.5196825103833994e-06,"lse_tol_ratio":0.507564391477805,"o_max_abs":0.015889644622802734,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018950613406635017,"o_tol_ratio":0.49956891882261567,"sampled_lse_max_abs":0.000194549560546875,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.7219095037148099e-06,"sampled_lse_tol_ratio":0.29304780287697096,"sampled_o_max_abs":0.014961719512939453,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020160740065491554,"sampled_o_tol_ratio":0.36930640915753277},"name":"mha64_s32768_nc","samples":[532.5460713077607,532.1285261456385,532.3057876067713,532.6275674353204,532.3779298424712,529.4207887376987,531.7559007854181,529.9750506828764,532.3573421170641,532.4057718963187,532.3820475786382,532.434661873742,532.6182786928237,532.3624428081084,532.4109349813399,532.276911612747],"unit":"TFLOPS","value":532.3701863252898},{"baselines":{"cudnn":444.7056755619073,"cudnn_nolse":449.6582957285249},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":3.0517578125e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":1.7864381906491536e-07,"lse_tol_ratio":0.045374400341850724,"o_max_abs":0.015751361846923828,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0018740462663163436,"o_tol_ratio":0.5143867339125728,"sampled_lse_max_abs":2.09808349609375e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":2.1518069793619694e-07,"sampled_lse_tol_ratio":0.03686674494928945,"sampled_o_max_abs":0.015375614166259766,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020104191108965648,"sampled_o_tol_ratio":0.3965883518481616},"name":"mha64_s4096_c","samples":[394.7308251007169,395.06667747440525,395.76743891146145,391.8318748747202,395.13028049797236,395.2120907506608,395.64897356138414,395.68539860316525,394.6129456599622,395.29393488738094,395.6763002010852,394.93953283551355,396.04114113879956,395.22116781643587,393.7717679743724,394.4589303625145,395.4850251240466,394.8215287266248,395.6763002010852,394.6582651814617,393.97044238216176,391.34096769693036,395.6398428920966,395.95898732925576,395.83126778893336,395.5760757303034,395.9407657723326,394.9576961768102,395.0121623914927,395.4031018473568,392.41364937098825,395.3666948632426,396.07767244614604,395.6672022174133,395.5305451872429,396.0959406272044,398.05073217383705,397.76501720609417,397.0296183794345,397.4245633398784,398.0783916009225,397.06633227944485,398.06918281824267,398.0230422377968,397.4521358109699,397.47053100294943,397.4981441147296,397.78344137218994,397.3969946940949,396.6812770142375,399.3089734027907,399.3739498337088,398.8639748746493,398.49391693112074,399.0307373596235,398.93808966124527,399.5039661548406,398.9565881480188,399.4110986014453,398.244497701293,398.6603355948723,398.8732204673075,399.0214499384242,398.7621292362076,399.2718436288375,398.8732204673075,398.35530066534596,398.8454504806309,398.41996707432514,397.9400642155549,398.2629663135186,398.2260308018746,398.35530066534596,398.3830024373152,398.08760080967727,398.5678597978736,398.2814366387895,398.6233608006917,399.08633282253277,398.89174744103195,398.7528887928013,398.8732204673075,399.3182396371626,398.9844081320313,399.08633282253277,398.901028825363,399.0585331547359,398.3922601615851,398.6973517178341,398.7158623571806,397.70978924494227,395.8860092091302,398.2721840643134,397.967742607055,398.46616530364054,398.35530066534596,392.89824856385894,395.2302791711621,395.1757189313615,392.3419387662769],"unit":"TFLOPS","value":397.7374032255182},{"baselines":{"cudnn":473.83594239227693,"cudnn_nolse":475.3633312031292},"correct":true,"errors":{"calls_checked":103.0,"calls_checked_in_full":3.0,"lse_max_abs":7.05718994140625e-05,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":2.9910131637563463e-07,"lse_tol_ratio":0.1089217383768141,"o_max_abs":0.016421794891357422,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017407013822488663,"o_tol_ratio":0.40741257103317463,"sampled_lse_max_abs":3.0517578125e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":3.7810828076795236e-07,"sampled_lse_tol_ratio":0.05582133125092477,"sampled_o_max_abs":0.01514577865600586,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020484651214951366,"sampled_o_tol_ratio":0.38955296414983065},"name":"mha64_s8192_c","samples":[455.4578436698839,455.56654558829405,452.8048435770275,456.1774277524707,455.4095383615721,455.6631880718175,455.96553354292706,455.87480130012125,459.8343006525353,459.3056580935115,459.803537101791,459.72355279922493,459.6989443177549,458.99274672688,459.0724769131533,459.77277766701945,458.6863746576415,458.7843911189717,459.45305009897424,458.9988682924336,459.1829112612805,459.0970183667624,458.2887155541962,458.9130442303466,458.27036258861955,459.0295242596886,459.9451018772351,459.55139453024736,459.3056580935115,459.9697367209493,459.89584010524743,459.82196722951045,459.9512488723483,459.70508473497654,459.6620594429146,460.0806032322152,459.97588437455556,459.7481639155054,458.9375686403077,459.3179638346526,459.55753100629,459.8896945910505,459.6067203250581,458.2826129161606,459.87121317612633,459.6251804866646,459.8158236894444,460.1730175193357,459.3547935051045,459.428516337112,459.97588437455556,460.18532386124446,459.47763226049375,459.9451018772351,459.98818017477424,460.0189684387136,460.0251632968481,459.69280406456994,459.9019857836919,459.8650683200787,459.760447544001,459.61899639638835,459.5821243494844,459.56985024769705,458.79662330027634,453.671766633474,454.95123822120775,455.4578436698839,455.19233614229296,455.7296507528637,455.6269479627522,455.4457438924328,455.37333858655086,457.99551729978236,457.6904746189669,458.3804113148341,458.56395855812855,457.6356091763365,459.04793808317595,459.2442764754514,459.8404446863512,459.49608205367167,459.6866639754149,458.84564985577896,459.45305009897424,459.47763226049375,459.3056580935115,459.428516337112,458.9988682924336,458.9008058404366,459.1706127554559,459.6989443177549,459.11539189862896,459.2872693301088,459.2810943293734,459.8404446863512,459.04793808317595,459.42233753775776,459.45305009897424,459.994374203709],"unit":"TFLOPS","value":459.38856552143113},{"baselines":{"cudnn":487.9829992676409,"cudnn_nolse":489.16230948993694},"correct":true,"errors":{"calls_checked":59.0,"calls_checked_in_full":3.0,"lse_max_abs":0.0001277923583984375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":5.301862751992171e-07,"lse_tol_ratio":0.19290761061408768,"o_max_abs":0.01595783233642578,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.001978211367696139,"o_tol_ratio":0.4634422935594174,"sampled_lse_max_abs":5.626678466796875e-05,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":6.602272901310548e-07,"sampled_lse_tol_ratio":0.10986789484324049,"sampled_o_max_abs":0.015659332275390625,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020176977656639816,"sampled_o_tol_ratio":0.3896465580901777},"name":"mha64_s16384_c","samples":[486.03128943831086,486.18946765453774,486.21355953721246,490.0972799265981,489.89460052307004,490.06228193585105,489.47935342586044,490.18464046913266,489.96096177719073,490.1531724993644,489.9539864940479,489.94003652356315,490.16369610581245,490.3350548073265,490.1217085695823,490.02036383911275,490.3350548073265,490.30356752317095,490.1776588158202,490.0273410123736,490.29658248173814,490.03082967351304,490.1916223213288,490.24409678359996,490.18464046913266,485.24193971388434,485.83543873836294,485.95221331713395,485.9659883292136,489.4096426872571,488.47038392947877,489.33299418939976,489.1205188708043,489.0439609009019,489.43405476997606,489.27028076152993,488.97432226825185,489.9155739411109,489.9015741153936,490.1147287088081,489.8841405068275,489.99589323475806,489.46194985405225,490.0832697142443,485.70838665771726,485.3790159299133,485.60538153390223,485.6809177621968,486.17567997040027,489.07181153496794,489.3259848544133,488.817850319273,489.3120706214292,489.3085921868254,489.3643569325577,489.81431443072813],"unit":"TFLOPS","value":489.6468339282943},{"baselines":{"cudnn":496.2178859493074,"cudnn_nolse":497.3266354189548},"correct":true,"errors":{"calls_checked":33.0,"calls_checked_in_full":3.0,"lse_max_abs":0.00032806396484375,"lse_mismatches":0.0,"lse_nonfinite":0.0,"lse_rel_l2":9.699221191885789e-07,"lse_tol_ratio":0.5078552510963324,"o_max_abs":0.015729904174804688,"o_mismatches":0.0,"o_nonfinite":0.0,"o_rel_l2":0.0017658507470265762,"o_tol_ratio":0.43033679403777675,"sampled_lse_max_abs":0.000141143798828125,"sampled_lse_mismatches":0.0,"sampled_lse_nonfinite":0.0,"sampled_lse_rel_l2":1.1136060245455045e-06,"sampled_lse_tol_ratio":0.23330683304008132,"sampled_o_max_abs":0.012391090393066406,"sampled_o_mismatches":0.0,"sampled_o_nonfinite":0.0,"sampled_o_rel_l2":0.0020195203913085822,"sampled_o_tol_ratio":0.3930523440617636},"name":"mha64_s32768_c","samples":[513.1076120031951,512.9811896420342,517.8227035382644,517.197194566793,517.9183093810565,517.9007441037205,517.6199197148932,517.6296222861895,517.6862181836068,518.2698653122916,518.5299393201519,517.9163899384621,518.346118099625,518.0569540207066,518.2561783025334,517.9437287959244,512.8395450704988,513.8020181613736,516.7149992148342,516.6411934044881,516.829657107176,513.2130210994087,513.467986278759,513.3682442787757,513.5236185644287,513.5735435075394,513.5639352040629,517.2906547444726,516.9520729067942,517.1038261367121],"unit":"TFLOPS","value":517.1505103517525}],"correct":true,"diagnostics":{"bf16_dense_peak_tflops":"1070.530560","checks":"every call on fresh inputs in one of two buffer sets, outputs NaN-poisoned: poison scan, inputs re-derived and compared, guard regions around every buffer, 512 sampled rows vs fp32 reference; the candidate''s first call and 2 random timed calls checked in full","compute_capability":"9.0","cuda_driver_api":"13.0","cuda_runtime":"13.0","cudnn":"9.19.0","device":"NVIDIA H100 80GB HBM3","harness":"avo-attention-harness contract 2","l2_mib":"50","sm_clock_mhz":"1980","sm_count":"132","suite":"mha64","timing":"median over timed calls; CUDA events around each launch on an idle GPU after an L2 flush; event sum cross-checked against wall time; figures above the BF16 peak refused","tolerance":"o: |x-ref| <= 0.0001 + 0.01*(|ref|+sigma) and rel_l2 <= 0.01; lse: |x-ref| <= 0.0002 + 2e-05*|ref|"},"eval_s":37.303875781,"outcome":"scored","reason":"","scalar":486.356298287396,"schema":"avo.score.v1","suite":"mha64","unit":"TFLOPS"}}');
INSERT INTO "events" VALUES(26,'2026-12-06T20:30:17Z',10,'step_abort','step 10 aborted: rejected by the gate','{"by":"claude-opus","commits":1,"evaluations":4,"opened":1796588885,"parent":6,"step":10,"suite":"mha64","workspace":"steps/10/workspace"}');
CREATE TABLE candidates (
  hash       TEXT PRIMARY KEY,
  attempt_id INTEGER NOT NULL
);
INSERT INTO "candidates" VALUES('a9c15352c9d38e4d',1);
INSERT INTO "candidates" VALUES('b02b375e65be04e6',2);
INSERT INTO "candidates" VALUES('6f3bb3af92c1f14a',3);
INSERT INTO "candidates" VALUES('9da796350876e35e',4);
INSERT INTO "candidates" VALUES('4d5f501a4d8535ee',5);
INSERT INTO "candidates" VALUES('2aa09fd57c191aa4',6);
INSERT INTO "candidates" VALUES('593389b72f93c07d',7);
INSERT INTO "candidates" VALUES('4ee4399b7435d3ad',8);
INSERT INTO "candidates" VALUES('035d8b506dc0320a',9);
INSERT INTO "candidates" VALUES('2be186e1b0bc8ca2',10);
CREATE INDEX attempts_status ON attempts(status);
COMMIT;
