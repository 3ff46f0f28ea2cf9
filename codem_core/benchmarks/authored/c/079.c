//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
//@@ signature
char* decimal_to_binary(int decimal) {
//@@ solution
    char* out = malloc(64);
    if (!out) {
        return NULL;
    }
    int index = 62;
    out[63] = '\0';

    if (decimal == 0) {
        out[index--] = '0';
    } else {
        while (decimal > 0) {
            out[index--] = '0' + (decimal % 2);
            decimal /= 2;
        }
    }

    out[index--] = 'b';
    out[index--] = 'd';

    int start = index + 1;
    int len = 62 - start;
    char* formatted_out = malloc(len + 3);
    if (!formatted_out) {
        free(out);
        return NULL;
    }

    strcpy(formatted_out, &out[start]);

    strcat(formatted_out, "db");

    free(out);

    return formatted_out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(strcmp(decimal_to_binary(0), "db0db") == 0);
    }
    {
        assert(strcmp(decimal_to_binary(32), "db100000db") == 0);
    }
    {
        assert(strcmp(decimal_to_binary(103), "db1100111db") == 0);
    }
    {
        assert(strcmp(decimal_to_binary(15), "db1111db") == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(strcmp(decimal_to_binary(32), "db100000db") == 0);
    }
    {
        assert(strcmp(decimal_to_binary(15), "db1111db") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed decimal_to_binary.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
