# The 200 000-epoch synthetic lesson as its source writes it in numpy: gradient scaled by
# 1/(2N), learning rate 0.0001, and the RMSE sqrt(sum((p - y)**2) / (2N)) appended every epoch.
# Prints the seconds the loop took, then the final weight and bias.
import time

import numpy as np

x = np.arange(1, 301, dtype=np.float64)
y = 0.5 * x + 2
n = len(x)
weight, bias, learning_rate = 0.0, 0.0, 0.0001
losses = []
start = time.perf_counter()
for _ in range(200_000):
    prediction = weight * x + bias
    error = prediction - y
    weight -= learning_rate * np.sum(error * x) / (2 * n)
    bias -= learning_rate * np.sum(error) / (2 * n)
    losses.append(np.sqrt(np.sum(error ** 2) / (2 * n)))
print(time.perf_counter() - start, weight, bias)
