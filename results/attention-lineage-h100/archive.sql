PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE run_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO "run_state" VALUES('schema_version','1');
INSERT INTO "run_state" VALUES('seed','16363742304740509236');
INSERT INTO "run_state" VALUES('next_step','8');
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
);
INSERT INTO "attempts" VALUES(1,0,'seed',NULL,'','committed','scored','mha',1,216.38415810525368,'TFLOPS',NULL,NULL,'committed as v0: seed: correct, 216.4 TFLOPS','seed: the task''s own version x_0','','','mha_s4096_nc             correct       228.8 TFLOPS
mha_s8192_nc             correct       232.4 TFLOPS
mha_s16384_nc            correct       235.0 TFLOPS
mha_s32768_nc            correct       234.7 TFLOPS
mha_s4096_c              correct       194.8 TFLOPS
mha_s8192_c              correct       200.9 TFLOPS
mha_s16384_c             correct       203.9 TFLOPS
mha_s32768_c             correct       205.3 TFLOPS
geomean 216.4 TFLOPS over 8 configs
',1.1510185479999999,22.782059022999999,23.954068158999998,0,0,0.0,'','369b2750b7723887ea292b77147034fad0a3475a',0,'2026-12-06T01:07:33Z','2026-12-06T01:07:57Z');
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
',1.281769524,44.916157570000003,47.393258138999997,0,0,0.0,'','be88b8100b2df8fbe963be7fb9a2988cdedf6e7f',1,'2026-12-06T01:07:57Z','2026-12-06T01:08:45Z');
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
',2.3942101770000002,49.009683559000003,52.959581030000002,0,0,0.0,'','75165bcd44cbc6927b4bbe4cb02b38b90814f831',2,'2026-12-06T05:26:22Z','2026-12-06T05:27:15Z');
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
',1.443843861,48.159735832999999,51.838878831999999,0,0,0.0,'','603f1a6c2243caf58adcfe5192f1215a244d92e4',3,'2026-12-06T05:27:15Z','2026-12-06T05:28:07Z');
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
',2.9320166909999998,56.289663750000003,61.994901454999997,0,0,0.0,'','42e85f0ce007b05b973221fbf46ee49424565f1b',4,'2026-12-06T05:34:26Z','2026-12-06T05:35:28Z');
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
',2.6371096610000002,57.229028165999999,62.649421099999998,0,0,0.0,'','',NULL,'2026-12-06T05:35:28Z','2026-12-06T05:36:31Z');
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
',3.3263841310000002,181.209119684,187.977066119,0,0,0.0,'','97ef173d0a021f326a58c0fde9f2862b521639c7',5,'2026-12-06T05:40:46Z','2026-12-06T05:43:54Z');
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
CREATE INDEX attempts_status ON attempts(status);
COMMIT;
