package procedo.engine.camunda;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import procedo.engine.Coverage;
import procedo.engine.DeployRequest;
import procedo.engine.DeployedWorkflow;
import procedo.engine.ElementProblem;
import procedo.engine.EngineText;
import procedo.engine.WorkflowNotFoundException;
import procedo.engine.WorkflowValidationException;

/**
 * A procedure's workflows in the engine's repository: checked and deployed version by version (nationally or for
 * one locality as tenant), listed, suspended and resumed, and the version a new case starts on.
 */
final class Deployments {

    private final EngineSupport support;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final DeploymentValidator validator = new DeploymentValidator();

    Deployments(EngineSupport support, RepositoryService repository, RuntimeService runtime) {
        this.support = support;
        this.repository = repository;
        this.runtime = runtime;
    }

    List<ElementProblem> validate(DeployRequest request) {
        return validator.validate(request.bpmn(), request.startFormFields());
    }

    DeployedWorkflow deploy(DeployRequest request) {
        List<ElementProblem> problems = validate(request);
        if (!problems.isEmpty()) {
            throw new WorkflowValidationException(EngineText.of("engine.deploy.invalid"), problems);
        }
        List<ElementProblem> parse = new ArrayList<>();
        BpmnModelInstance model = DeploymentValidator.parse(request.bpmn(), parse);
        Process process = DeploymentValidator.executableProcess(model, parse);
        String key = DeploymentWriter.key(request.procedureCode());
        String originalId = process.getId();
        DeploymentWriter.prepare(process, key, request.modelVersion(), request.applicantSteps());
        try {
            DeploymentWithDefinitions deployment = repository.createDeployment()
                    .name(request.procedureCode())
                    .source("procedo")
                    .tenantId(request.locality())
                    .addModelInstance(key + ".bpmn", model)
                    .addString(EngineSupport.METADATA, metadata(request, originalId))
                    .deployWithResult();
            ProcessDefinition definition = deployment.getDeployedProcessDefinitions().get(0);
            return workflow(definition);
        } catch (ParseException e) {
            List<ElementProblem> found = new ArrayList<>();
            e.getResorceReports().forEach(report -> report.getErrors().forEach(p -> {
                String id = p.getMainElementId() == null || p.getMainElementId().equals(key) ? originalId
                        : p.getMainElementId();
                found.add(new ElementProblem(id, DeploymentValidator.place(model, id),
                        EngineText.verbatim(p.getMessage())));
            }));
            throw new WorkflowValidationException(EngineText.of("engine.deploy.engineRefused"), found.isEmpty()
                    ? List.of(new ElementProblem(originalId, DeploymentValidator.place(process),
                    EngineText.verbatim(e.getMessage()))) : found);
        }
    }

    private static String metadata(DeployRequest request, String modelProcessId) {
        Properties meta = new Properties();
        meta.setProperty("procedureCode", request.procedureCode());
        meta.setProperty("modelVersion", Integer.toString(request.modelVersion()));
        meta.setProperty("modelProcessId", modelProcessId);
        meta.setProperty("deployedBy", request.deployedBy() == null ? "" : request.deployedBy());
        meta.setProperty("coverage", request.coverage().name());
        if (request.locality() != null) {
            meta.setProperty("locality", request.locality());
        }
        StringWriter text = new StringWriter();
        try {
            meta.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    List<DeployedWorkflow> deployments(String procedureCode) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(DeploymentWriter.key(procedureCode))
                .orderByDeploymentTime().desc().orderByProcessDefinitionVersion().desc().list()
                .stream().map(this::workflow).toList();
    }

    List<DeployedWorkflow> latestDeployments() {
        return repository.createProcessDefinitionQuery().latestVersion().orderByDeploymentTime().desc().list()
                .stream().filter(d -> d.getKey().startsWith("tthc_")).map(this::workflow).toList();
    }

    DeployedWorkflow suspend(String workflowId) {
        if (!definition(workflowId).isSuspended()) {
            repository.suspendProcessDefinitionById(workflowId);
        }
        return workflow(definition(workflowId));
    }

    DeployedWorkflow resume(String workflowId) {
        if (definition(workflowId).isSuspended()) {
            repository.activateProcessDefinitionById(workflowId);
        }
        return workflow(definition(workflowId));
    }

    private ProcessDefinition definition(String workflowId) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(workflowId)
                .singleResult();
        if (definition == null || !definition.getKey().startsWith("tthc_")) {
            throw new WorkflowNotFoundException(EngineText.of("engine.workflow.notFound", workflowId));
        }
        return definition;
    }

    private DeployedWorkflow workflow(ProcessDefinition d) {
        Properties meta = support.metadata(d.getDeploymentId());
        Deployment deployment = repository.createDeploymentQuery().deploymentId(d.getDeploymentId()).singleResult();
        long active = runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count();
        return new DeployedWorkflow(d.getId(), d.getKey(), meta.getProperty("procedureCode"), d.getTenantId(),
                d.getName(), d.getVersion(), Integer.parseInt(meta.getProperty("modelVersion", "0")),
                d.isSuspended(), deployment == null ? null : deployment.getDeploymentTime().toInstant(),
                meta.getProperty("deployedBy"), active,
                Coverage.parse(meta.getProperty("coverage")).orElse(Coverage.ALL));
    }

    /**
     * The version a new case of the procedure starts on: the latest deployed for the locality, else the latest
     * national one (one query for both); empty when there is neither. Runs inside the caller's command.
     */
    Optional<ProcessDefinition> latestFor(String procedureCode, String locality) {
        var query = repository.createProcessDefinitionQuery().processDefinitionKey(DeploymentWriter.key(procedureCode))
                .latestVersion();
        if (locality == null) {
            query.withoutTenantId();
        } else {
            query.tenantIdIn(locality).includeProcessDefinitionsWithoutTenantId();
        }
        ProcessDefinition local = null;
        ProcessDefinition national = null;
        for (ProcessDefinition d : query.list()) {
            if (d.getTenantId() == null) {
                national = d;
            } else if (d.getTenantId().equals(locality)) {
                local = d;
            }
        }
        return Optional.ofNullable(local != null ? local : national);
    }
}
