package uk.oic.actionplan.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts the SQL statements an application sends to its database: an initializer for
 * {@link BenchApps} that wraps every {@link DataSource} bean, so each statement executed (each
 * {@code execute*} call, and each statement added to a JDBC batch rather than the batch's one
 * {@code executeBatch}) adds one. Nothing else changes: the calls go on to the real pool.
 */
final class SqlCount {

  private final AtomicLong statements = new AtomicLong();
  /** With {@code -Dbench.sql-texts=true}: how often each statement's text ran, to see what an action sends. */
  private final Map<String, LongAdder> texts = Boolean.getBoolean("bench.sql-texts") ? new ConcurrentHashMap<>() : null;

  long statements() {
    return statements.get();
  }

  /** Prints the statement texts counted since the last call, most frequent first (if recorded). */
  void printTexts(String action) {
    drainTexts().stream().limit(60).forEach(line -> System.out.println("SQL " + action + " " + line));
  }

  /** The statement texts counted since the last call, most frequent first (empty unless recorded). */
  List<String> drainTexts() {
    if (texts == null) {
      return List.of();
    }
    var lines = texts.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
        .map(e -> e.getValue().sum() + " " + e.getKey().replaceAll("\\s+", " "))
        .toList();
    texts.clear();
    return lines;
  }

  /** Wraps the context's data sources from its start. */
  ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
    return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? wrap(dataSource, DataSource.class) : bean;
      }
    });
  }

  private <T> T wrap(T target, Class<T> type) {
    InvocationHandler handler = (proxy, method, arguments) -> {
      var result = invoke(target, method, arguments);
      count(method, arguments, null);
      return wrapResult(result, method, arguments);
    };
    return type.cast(Proxy.newProxyInstance(SqlCount.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private Object wrapResult(Object result, Method method, Object[] arguments) {
    if (result instanceof Proxy) {
      return result;
    }
    if (result instanceof PreparedStatement prepared && arguments != null && arguments.length > 0
        && arguments[0] instanceof String sql) {
      return wrapStatement(prepared, sql);
    }
    if (result instanceof CallableStatement callable) {
      return wrap(callable, CallableStatement.class);
    }
    if (result instanceof PreparedStatement prepared) {
      return wrap(prepared, PreparedStatement.class);
    }
    if (result instanceof Statement statement) {
      return wrap(statement, Statement.class);
    }
    if (result instanceof Connection connection) {
      return wrap(connection, Connection.class);
    }
    return result;
  }

  private PreparedStatement wrapStatement(PreparedStatement target, String sql) {
    InvocationHandler handler = (proxy, method, arguments) -> {
      var result = invoke(target, method, arguments);
      count(method, arguments, sql);
      return result;
    };
    var type = target instanceof CallableStatement ? CallableStatement.class : PreparedStatement.class;
    return (PreparedStatement) Proxy.newProxyInstance(SqlCount.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private void count(Method method, Object[] arguments, String prepared) {
    if (method.getDeclaringClass() == Object.class) {
      return;
    }
    var name = method.getName();
    if (name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch")
        && !name.equals("executeLargeBatch"))) {
      statements.incrementAndGet();
      if (texts != null) {
        var sql = arguments != null && arguments.length > 0 && arguments[0] instanceof String given ? given : prepared;
        texts.computeIfAbsent(String.valueOf(sql), key -> new LongAdder()).increment();
      }
    }
  }

  private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
    try {
      if (method.getName().equals("unwrap") && arguments != null && arguments.length == 1
          && arguments[0] instanceof Class<?> type && type.isInstance(target)) {
        return target;
      }
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
