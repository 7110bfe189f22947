using System.Text;
using Cdg.Inscription.Sample;

// Walks three registration dossiers of one exam session through their life and narrates it, in
// French, as a candidate's space and a CDG back-office would show it. Every instant is explicit:
// nothing here reads the system clock.
Console.OutputEncoding = Encoding.UTF8;

var session = SampleSession.Create();
Narrator.Introduce(session);

var onTime = OnTimeDossierStory.Run(session);
var late = LateDossierStory.Run(session);
var nonCompliant = NonCompliantDossierStory.Run(session);
DeadlineStory.Run(session);
HistoryStory.Run(onTime);

Narrator.SummariseStatuses([onTime, late, nonCompliant]);
